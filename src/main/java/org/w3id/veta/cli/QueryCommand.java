package org.w3id.veta.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.atlas.web.HttpException;
import org.w3id.veta.query.Catalogue;
import org.w3id.veta.query.CatalogueQuery;
import org.w3id.veta.query.ResultFormat;
import org.w3id.veta.query.SparqlTarget;
import org.w3id.veta.store.StoreLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a catalogue query (by name) or a .rq file against the local store or any SPARQL endpoint.",
                "While 'veta serve' holds the store, the query goes through that server.",
                "'veta query --list' lists the catalogue."})
public final class QueryCommand implements Callable<Integer> {
    @Mixin Locations locations;

    @Parameters(arity = "0..1", paramLabel = "NAME|FILE.rq", description = "A catalogue query name or a path to a .rq file.")
    String target;

    @Option(names = "--list", description = "List the catalogue: name, title and parameters.")
    boolean list;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Bind a parameter of the query (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--endpoint", paramLabel = "URL", description = "A SPARQL endpoint to query instead of the local store.")
    String endpoint;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries", description = "Catalogue folder (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Override
    public Integer call() {
        if (list) {
            printList(Catalogue.load(Locations.resolve(queries)));
            return Veta.OK;
        }
        if (target == null) throw new UserError("name a catalogue query or a .rq file (see 'veta query --list')");
        CatalogueQuery chosen = choose();
        ResultFormat resultFormat = parseFormat();
        Query query;
        try {
            query = chosen.bind(params);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        try (SparqlTarget sparql = target()) {
            sparql.run(query, resultFormat, System.out);
        } catch (QueryCancelledException e) {
            throw new UserError("the query was cancelled: it ran longer than the server's timeout");
        } catch (QueryExceptionHTTP | HttpException e) {
            throw new UserError("the endpoint answered with an error: " + e.getMessage());
        }
        System.out.flush();
        return Veta.OK;
    }

    /** A .rq file is read on its own; a name is looked up in the catalogue. */
    private CatalogueQuery choose() {
        if (target.endsWith(".rq")) {
            Path file = Path.of(target).toAbsolutePath();
            if (!Files.exists(file)) throw new UserError("no such file: " + file);
            return Catalogue.read(file);
        }
        return Catalogue.load(Locations.resolve(queries)).find(target).orElseThrow(() -> new UserError("no catalogue query named '" + target + "' (see 'veta query --list')"));
    }

    private ResultFormat parseFormat() {
        try {
            return ResultFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("unknown format '" + format + "' (table, csv, tsv, json)");
        }
    }

    private SparqlTarget target() {
        StoreLayout layout = new StoreLayout(locations.store());
        return SparqlTarget.choose(endpoint, layout, System.err::println)
                .orElseThrow(() -> new UserError("no store at " + layout.root() + ": run 'veta build' (or 'veta serve') first"));
    }

    private static void printList(Catalogue catalogue) {
        for (CatalogueQuery q : catalogue.queries()) {
            System.out.println(q.name() + "  —  " + q.title());
            System.out.println("    " + q.question());
            q.parameters().forEach(p -> System.out.println("    --param " + p.name() + "=<" + p.type() + ">"
                    + (p.defaultValue().isEmpty() ? "" : " (default " + p.defaultValue() + ")") + "  " + p.description()));
        }
    }
}
