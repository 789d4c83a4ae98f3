package org.w3id.veta.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.repository.Repository;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.veta.store.Stores;
import org.w3id.veta.support.ResultTable;
import org.w3id.veta.support.TestStore;

/**
 * Every catalogue query runs on a store built from the curated data, in Jena (TDB2) and in RDF4J (memory store
 * loaded with the same quads); both must give the same answer, and Jena's must match the expected result kept in
 * src/test/files/catalogue/NAME.tsv (ordered when the query has ORDER BY).
 *
 * <p>After a deliberate change of data or query, regenerate the expected files with
 * {@code mvn test -Dtest=CatalogueTest -Dveta.updateExpected=true} and review the diff.
 */
class CatalogueTest {
    private static final Path EXPECTED = Path.of("src/test/files/catalogue");
    private static final boolean UPDATE = Boolean.getBoolean("veta.updateExpected");
    private static final Catalogue CATALOGUE = Catalogue.load(Path.of("queries"));
    private static DatasetGraph jena;
    private static Repository rdf4j;

    @BeforeAll
    static void loadBothEngines() throws Exception {
        jena = Stores.open(TestStore.database());
        ByteArrayOutputStream quads = new ByteArrayOutputStream();
        Txn.executeRead(jena, () -> RDFDataMgr.write(quads, jena, org.apache.jena.riot.RDFFormat.NQUADS));
        rdf4j = new SailRepository(new MemoryStore());
        try (var connection = rdf4j.getConnection()) {
            connection.add(new ByteArrayInputStream(quads.toByteArray()), "", RDFFormat.NQUADS);
        }
    }

    @AfterAll
    static void close() {
        rdf4j.shutDown();
    }

    /** Each query with its defaults ({@code NAME}), then with each of its examples ({@code NAME@1}, ...). */
    static Stream<String> queries() {
        return CATALOGUE.queries().stream().flatMap(q -> Stream.concat(Stream.of(q.name()),
                java.util.stream.IntStream.rangeClosed(1, q.examples().size()).mapToObj(i -> q.name() + "@" + i)));
    }

    @Test
    void theCatalogueHasAtLeastTenQueriesEachWithTitleAndQuestion() {
        List<CatalogueQuery> queries = CATALOGUE.queries();
        assertTrue(queries.size() >= 10, "only " + queries.size() + " queries");
        queries.forEach(q -> assertFalse(q.title().isBlank() || q.question().isBlank(), q.name()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void jenaAndRdf4jAgreeAndMatchTheExpectedResult(String name) {
        String[] parts = name.split("@");
        CatalogueQuery catalogueQuery = CATALOGUE.find(parts[0]).orElseThrow();
        Query query = catalogueQuery.bind(parts.length == 1 ? Map.of() : catalogueQuery.examples().get(Integer.parseInt(parts[1]) - 1));
        ResultTable fromJena = ResultTable.jena(jena, query);
        ResultTable fromRdf4j = ResultTable.rdf4j(rdf4j, query.serialize());

        assertFalse(fromJena.rows().isEmpty(), name + " answers nothing on the curated data");
        assertEquals(fromJena.variables(), fromRdf4j.variables());
        assertEquals(fromJena.sorted().toTsv(), fromRdf4j.sorted().toTsv(), () -> "Jena and RDF4J disagree on " + name
                + "; first difference: " + ResultTable.firstDifference(fromJena.sorted(), fromRdf4j.sorted()));

        Path expectedFile = EXPECTED.resolve(name + ".tsv");
        if (UPDATE || !Files.exists(expectedFile)) {
            fromJena.writeTsv(expectedFile);
            if (!UPDATE) throw new AssertionError("no expected result for " + name + ": wrote " + expectedFile + ", review and commit it");
        }
        ResultTable expected = ResultTable.readTsv(expectedFile);
        if (query.hasOrderBy()) {
            assertEquals(expected.toTsv(), fromJena.toTsv(), name);
        } else {
            assertEquals(expected.sorted().toTsv(), fromJena.sorted().toTsv(), name);
        }
    }
}
