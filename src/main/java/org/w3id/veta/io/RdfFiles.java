package org.w3id.veta.io;

import java.io.StringReader;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;

/** Parses RDF files (Turtle for the ontology and shapes), turning syntax errors into {@link InputError}s. */
public final class RdfFiles {
    private RdfFiles() {}

    public static Graph read(Path file) {
        Lang lang = RDFLanguages.pathnameToLang(file.toString());
        if (lang == null) throw new InputError(file, 0, "unknown RDF syntax (use .ttl)");
        String text = TextFiles.readUtf8(file);
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.create()
                .source(new StringReader(text))
                .lang(lang)
                .base(file.toUri().toString())
                .errorHandler(new FailOnError(file))
                .parse(graph);
        return graph;
    }

    /** Warnings (e.g. unusual IRIs) are tolerated; errors stop the build with file and line. */
    private record FailOnError(Path file) implements ErrorHandler {
        @Override public void warning(String message, long line, long col) {}
        @Override public void error(String message, long line, long col) { throw failure(message, line, col); }
        @Override public void fatal(String message, long line, long col) { throw failure(message, line, col); }

        private InputError failure(String message, long line, long col) {
            return new InputError(file, Math.max(line, 0), (col > 0 ? "column " + col + ": " : "") + "RDF syntax error: " + message);
        }
    }
}
