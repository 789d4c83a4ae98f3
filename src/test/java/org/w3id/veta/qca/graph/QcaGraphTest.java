package org.w3id.veta.qca.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.w3id.veta.store.StoreLayout;
import org.w3id.veta.store.Stores;
import org.w3id.veta.support.Cli;
import org.w3id.veta.support.Sparql;
import org.w3id.veta.support.TestStore;

/** QCA over the graph: data matrices from catalogue queries, runs saved as RDF and loaded into their own graph. */
class QcaGraphTest {
    private static final Path LF = TestStore.HOME.resolve("../shared/qca/data/LF.csv").normalize();

    private static String store() {
        return TestStore.database().getParent().toString();
    }

    @Test
    void aCatalogueQueryGivesTheDataMatrixAndUncodedCellsAreReportedNotZeroed() {
        Cli.Result result = Cli.run("qca", "truth-table", "--query", "qca-reference-matrix", "--store", store(),
                "--outcome", "EC", "--show-cases", "--format", "json");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.err().contains("left out, no case is coded on them: ASMWILL, LSMBC, CULTURE"), result.err());
        assertTrue(result.err().contains("los-chancas (no THIRD)"), result.err());
        assertTrue(result.out().contains("\"marsa-llacuabamba\""), result.out());
        assertTrue(result.out().contains("\"conditions\" : [ \"THIRD\" ]"), result.out());
    }

    @Test
    void anUnknownQueryIsABadInput() {
        Cli.Result result = Cli.run("qca", "truth-table", "--query", "no-such-query", "--store", store(), "--outcome", "EC");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("no catalogue query named 'no-such-query'"), result.err());
    }

    @Test
    void aSavedRunIsLoadedIntoItsOwnGraphAndLinkedToTheCases() throws Exception {
        assumeTrue(Files.exists(LF), "no ../shared/qca data");
        Path data = TestStore.copyOf(TestStore.HOME.resolve("data"), "data-with-runs");
        Path runs = data.resolve("qca-runs");
        Cli.Result graphRun = Cli.run("qca", "truth-table", "--query", "qca-reference-matrix", "--store", store(),
                "--outcome", "EC", "--save-run", runs.resolve("reference-tt.ttl").toString());
        assertEquals(0, graphRun.exitCode(), graphRun.err());
        Cli.Result fileRun = Cli.run("qca", "minimize", "--data", LF.toString(), "--outcome", "SURV", "--incl-cut", "0.8",
                "--include", "?", "--save-run", runs.resolve("lipset-pars.ttl").toString());
        assertEquals(0, fileRun.exitCode(), fileRun.err());

        Path store = TestStore.temporaryFolder("veta-store-with-runs");
        TestStore.build(data, store);
        DatasetGraph dataset = Stores.open(new StoreLayout(store).current().orElseThrow());
        assertEquals("marsa-llacuabamba", Sparql.one(dataset, """
                SELECT ?case { GRAPH <https://w3id.org/veta/graph/qca-runs/reference-tt> {
                  ?run a veta:QcaRun ; veta:truthTableRow/veta:caseInRow ?c } ?c a veta:Case BIND(STRAFTER(STR(?c), "/case/") AS ?case) }"""));
        assertEquals("DEV*~IND + URB*STB", Sparql.one(dataset, """
                SELECT ?e { <https://w3id.org/veta/id/qca-run/lipset-pars> veta:solutionModel ?m . ?m veta:expression ?e }"""));
        double inclusion = Double.parseDouble(Sparql.one(dataset, """
                SELECT ?i { <https://w3id.org/veta/id/qca-run/lipset-pars/model/M1> veta:inclusion ?i }"""));
        assertEquals(0.850, inclusion, 0.0005, "R prints inclS 0.850 for M1");
    }
}
