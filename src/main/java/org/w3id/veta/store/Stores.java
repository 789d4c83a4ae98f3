package org.w3id.veta.store;

import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/** Opens Veta's TDB2 databases, always with the union of the named graphs as the default graph. */
public final class Stores {
    private Stores() {}

    /**
     * Every statement lives in a named graph (one per source file); queries without GRAPH see them all,
     * as in RDF4J, whose default graph is also the union of all graphs.
     */
    public static DatasetGraph open(Path database) {
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(database.toString());
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dataset;
    }
}
