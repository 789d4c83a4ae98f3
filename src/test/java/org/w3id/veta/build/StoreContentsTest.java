package org.w3id.veta.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.veta.store.Stores;
import org.w3id.veta.support.Sparql;
import org.w3id.veta.support.TestStore;
import org.w3id.veta.vocab.Ids;

/** Invariants of a built store: provenance per graph, and every statement in exactly one graph. */
class StoreContentsTest {

    @Test
    void everyStatementIsInExactlyOneNamedGraph() {
        DatasetGraph dataset = Stores.open(TestStore.database());
        Map<Triple, Node> seen = new HashMap<>();
        Txn.executeRead(dataset, () -> dataset.find().forEachRemaining(quad -> {
            Node earlier = seen.putIfAbsent(quad.asTriple(), quad.getGraph());
            assertTrue(earlier == null, quad.asTriple() + " is in " + earlier + " and " + quad.getGraph());
        }));
        assertTrue(seen.size() > 1000, "a store with " + seen.size() + " statements");
    }

    /** The non-negotiable rule: every curated fact carries a source and a certainty. */
    @Test
    void everyCuratedResourceHasASourceAndACertainty() {
        DatasetGraph dataset = Stores.open(TestStore.database());
        String query = """
                SELECT ?resource WHERE {
                  GRAPH ?g { ?resource a ?type }
                  FILTER(STRSTARTS(STR(?g), "https://w3id.org/veta/graph/data/"))
                  FILTER(STRSTARTS(STR(?resource), "https://w3id.org/veta/id/")
                         && !STRSTARTS(STR(?resource), "https://w3id.org/veta/id/source/")
                         && ?type NOT IN (veta:MiningStratum, veta:GovernmentLevel, veta:GovernanceFunction, veta:InstrumentType,
                                          veta:Institution, veta:RegistrationStatus, veta:ClaimKind))
                  FILTER NOT EXISTS { ?resource veta:source ?source ; veta:certainty ?certainty }
                }""";
        List<String> unsourced = Sparql.column(dataset, query);
        assertEquals(List.of(), unsourced);
    }

    @Test
    void everyGraphIsDescribedInTheMetadataGraph() {
        DatasetGraph dataset = Stores.open(TestStore.database());
        Txn.executeRead(dataset, () -> {
            var graphs = dataset.listGraphNodes();
            int described = 0;
            while (graphs.hasNext()) {
                Node graph = graphs.next();
                if (graph.getURI().equals(Ids.META_GRAPH)) continue;
                Node meta = org.apache.jena.graph.NodeFactory.createURI(Ids.META_GRAPH);
                assertTrue(dataset.contains(meta, graph, Node.ANY, Node.ANY), graph + " has no metadata");
                described++;
            }
            assertEquals(2 + org.w3id.veta.load.CuratedTables.ALL.size(), described, "ontology, shapes and one graph per curated table");
        });
    }
}
