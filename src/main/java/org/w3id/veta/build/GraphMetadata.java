package org.w3id.veta.build;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.veta.load.LoadedGraph;
import org.w3id.veta.vocab.Ids;
import org.w3id.veta.vocab.VETA;

/**
 * The metadata graph ({@code graph/meta}): for every named graph, the file it came from and its checksum,
 * its licence, the loader, the number of rows and triples, and the build (a prov:Activity) that made it.
 */
final class GraphMetadata {
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String VOID = "http://rdfs.org/ns/void#";

    private GraphMetadata() {}

    static Model describe(List<LoadedGraph> graphs, Path home, Instant started, Instant ended) {
        Model meta = ModelFactory.createDefaultModel();
        meta.setNsPrefix("prov", PROV).setNsPrefix("void", VOID).setNsPrefix("dct", DCTerms.NS).setNsPrefix("veta", VETA.NS);
        Resource build = meta.createResource(Ids.resource("build", String.valueOf(started.toEpochMilli())))
                .addProperty(RDF.type, meta.createResource(PROV + "Activity"))
                .addProperty(RDFS.label, "veta build " + started)
                .addLiteral(meta.createProperty(PROV, "startedAtTime"), dateTime(meta, started))
                .addLiteral(meta.createProperty(PROV, "endedAtTime"), dateTime(meta, ended));
        for (LoadedGraph graph : graphs) {
            String file = relative(home, graph.file());
            meta.createResource(graph.name())
                    .addProperty(RDF.type, meta.createResource(PROV + "Entity"))
                    .addProperty(RDF.type, meta.createResource(VOID + "Dataset"))
                    .addProperty(DCTerms.title, "Graph loaded from " + file)
                    .addProperty(VETA.sourceFile, file)
                    .addProperty(VETA.sha256, graph.sha256())
                    .addLiteral(VETA.rows, integer(meta, graph.rows()))
                    .addLiteral(meta.createProperty(VOID, "triples"), integer(meta, graph.graph().size()))
                    .addProperty(DCTerms.license, meta.createResource(graph.licence()))
                    .addProperty(VETA.loader, graph.loader())
                    .addLiteral(meta.createProperty(PROV, "generatedAtTime"), dateTime(meta, ended))
                    .addProperty(meta.createProperty(PROV, "wasGeneratedBy"), build);
        }
        return meta;
    }

    private static String relative(Path home, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = home.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
    }

    private static Literal integer(Model model, long value) {
        return model.createTypedLiteral(Long.toString(value), XSDDatatype.XSDinteger);
    }

    private static Literal dateTime(Model model, Instant instant) {
        return model.createTypedLiteral(instant.toString(), XSDDatatype.XSDdateTime);
    }
}
