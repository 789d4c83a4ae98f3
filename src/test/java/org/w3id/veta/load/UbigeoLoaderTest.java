package org.w3id.veta.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.veta.build.BuildOptions;
import org.w3id.veta.build.Progress;
import org.w3id.veta.build.StoreBuilder;
import org.w3id.veta.load.opendata.UbigeoLoader;
import org.w3id.veta.store.StoreLayout;
import org.w3id.veta.store.Stores;
import org.w3id.veta.support.Sparql;
import org.w3id.veta.support.TestStore;

/** Provinces and districts from the UBIGEO open data (skipped when ../shared/opendata is absent). */
class UbigeoLoaderTest {
    private static final Path OPEN_DATA = TestStore.HOME.resolve("../shared/opendata").normalize();
    private static DatasetGraph dataset;

    @BeforeAll
    static void build() {
        assumeTrue(Files.isDirectory(OPEN_DATA.resolve("ubigeo")), "no open data at " + OPEN_DATA);
        Path store = TestStore.temporaryFolder("veta-opendata-store");
        new StoreBuilder(List.of(new UbigeoLoader())).build(new BuildOptions(TestStore.HOME, TestStore.HOME.resolve("ontology"),
                TestStore.HOME.resolve("data"), OPEN_DATA, store), Progress.silent());
        dataset = Stores.open(new StoreLayout(store).current().orElseThrow());
    }


    @Test
    void everyProvinceAndDistrictWithAnIneiCodeIsLoaded() {
        assertEquals("196", Sparql.one(dataset, "SELECT (COUNT(?p) AS ?n) { ?p a veta:Province }"));
        assertEquals("1892", Sparql.one(dataset, "SELECT (COUNT(?d) AS ?n) { ?d a veta:District }"));
    }

    @Test
    void districtsLieInProvincesThatLieInTheCuratedDepartments() {
        assertEquals("Puno", Sparql.one(dataset, "SELECT ?dept { <https://w3id.org/veta/id/district/211003> veta:partOf/veta:partOf/rdfs:label ?dept }"));
    }

    @Test
    void theGraphsCarryTheirLicences() {
        assertEquals("https://opensource.org/license/mit", Sparql.one(dataset, "SELECT ?l { <https://w3id.org/veta/graph/opendata/districts> <http://purl.org/dc/terms/license> ?l }"));
        assertEquals("https://creativecommons.org/licenses/by/4.0/", Sparql.one(dataset, "SELECT ?l { <https://w3id.org/veta/graph/opendata/ubigeo-changes> <http://purl.org/dc/terms/license> ?l }"));
    }
}
