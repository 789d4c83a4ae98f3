package org.w3id.veta.query;

import java.io.OutputStream;
import java.nio.file.Path;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.w3id.veta.store.StoreLayout;
import org.w3id.veta.store.Stores;

/** Where a query runs: Veta's local TDB2 store, or any SPARQL endpoint over HTTP. */
public abstract class SparqlTarget implements AutoCloseable {

    public static SparqlTarget local(Path database) { return new Local(Stores.open(database)); }

    public static SparqlTarget local(DatasetGraph dataset) { return new Local(dataset); }

    public static SparqlTarget endpoint(String url) { return new Endpoint(url); }

    /**
     * Where a command should query: the endpoint it was given; else a {@code veta serve} running on the store
     * (which holds the database lock); else the store itself. Empty when there is none of them.
     */
    public static java.util.Optional<SparqlTarget> choose(String endpoint, StoreLayout store, java.util.function.Consumer<String> notice) {
        if (endpoint != null) return java.util.Optional.of(endpoint(endpoint));
        var running = store.serverEndpoint();
        if (running.isPresent()) {
            notice.accept("veta serve is running: querying " + running.get());
            return java.util.Optional.of(endpoint(running.get()));
        }
        return store.current().map(SparqlTarget::local);
    }

    /** Runs the query and writes its results in the format. */
    public abstract void run(Query query, ResultFormat format, OutputStream out);

    /** Runs a SELECT query and keeps its results in memory (for programs, e.g. a QCA data matrix). */
    public abstract ResultSetRewindable select(Query query);

    public abstract String describe();

    @Override public void close() {}

    private static final class Local extends SparqlTarget {
        private final DatasetGraph dataset;

        Local(DatasetGraph dataset) { this.dataset = dataset; }

        @Override public void run(Query query, ResultFormat format, OutputStream out) {
            Txn.executeRead(dataset, () -> {
                try (QueryExecution execution = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dataset)).query(query).build()) {
                    format.write(execution, out);
                }
            });
        }

        @Override public ResultSetRewindable select(Query query) {
            return Txn.calculateRead(dataset, () -> {
                try (QueryExecution execution = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dataset)).query(query).build()) {
                    return ResultSetFactory.copyResults(execution.execSelect());
                }
            });
        }

        @Override public String describe() { return "local store"; }
    }

    private static final class Endpoint extends SparqlTarget {
        private final String url;

        Endpoint(String url) { this.url = url; }

        @Override public void run(Query query, ResultFormat format, OutputStream out) {
            try (QueryExecution execution = QueryExecutionHTTP.service(url).query(query).build()) {
                format.write(execution, out);
            }
        }

        @Override public ResultSetRewindable select(Query query) {
            try (QueryExecution execution = QueryExecutionHTTP.service(url).query(query).build()) {
                return ResultSetFactory.copyResults(execution.execSelect());
            }
        }

        @Override public String describe() { return url; }
    }
}
