package org.w3id.veta.cli.qca;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.w3id.veta.cli.Locations;
import org.w3id.veta.qca.QcaException;
import org.w3id.veta.qca.data.CsvDataReader;
import org.w3id.veta.qca.graph.QueryDataMatrix;
import org.w3id.veta.query.Catalogue;
import org.w3id.veta.query.CatalogueQuery;
import org.w3id.veta.query.SparqlTarget;
import org.w3id.veta.store.StoreLayout;
import picocli.CommandLine.Option;

/**
 * Where the data matrix comes from: a CSV file ({@code --data}) or a catalogue query on the graph
 * ({@code --query NAME}, run on the local store, a running {@code veta serve}, or {@code --endpoint}).
 */
public class DataOptions {

    @Option(names = "--data", paramLabel = "FILE.csv",
            description = "CSV file: first row column names, first column case names, numbers elsewhere.")
    Path dataFile;

    @Option(names = "--query", paramLabel = "NAME",
            description = "Take the data matrix from a catalogue query (first column: cases; others: scores), e.g. qca-reference-matrix.")
    String queryName;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A parameter of the --query (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--endpoint", paramLabel = "URL", description = "With --query: a SPARQL endpoint instead of the local store.")
    String endpoint;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store", description = "With --query: the store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries", description = "With --query: the catalogue folder (default: ${DEFAULT-VALUE}).")
    Path queries;

    public DataMatrixSource source() {
        if ((dataFile == null) == (queryName == null)) {
            throw new QcaException("give either --data FILE.csv or --query NAME");
        }
        if (dataFile != null) {
            return () -> {
                if (!Files.isRegularFile(dataFile)) {
                    throw new QcaException(dataFile + ": no such file");
                }
                return CsvDataReader.read(dataFile);
            };
        }
        return () -> {
            CatalogueQuery query = Catalogue.load(Locations.resolve(queries)).find(queryName)
                    .orElseThrow(() -> new QcaException("no catalogue query named '" + queryName + "' (see 'veta query --list')"));
            try (SparqlTarget target = target()) {
                return QueryDataMatrix.load(target, query.bind(params), warning -> System.err.println("qca: " + warning));
            } catch (IllegalArgumentException e) {
                throw new QcaException(e.getMessage());
            }
        };
    }

    /** A description of the data for run records: the file, or the query and its parameters. */
    public String describe() {
        return dataFile != null ? dataFile.toString() : "catalogue query " + queryName + (params.isEmpty() ? "" : " " + params);
    }

    public String queryName() { return queryName; }

    private SparqlTarget target() {
        StoreLayout layout = new StoreLayout(Locations.resolve(store));
        return SparqlTarget.choose(endpoint, layout, notice -> System.err.println("qca: " + notice))
                .orElseThrow(() -> new QcaException("no store at " + layout.root() + ": run 'veta build' first"));
    }
}
