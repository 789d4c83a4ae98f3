package org.w3id.veta.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.veta.store.StoreLayout;
import org.w3id.veta.support.Cli;
import org.w3id.veta.support.TestStore;

/**
 * Each folder of src/test/files/bad-input holds files that replace the good ones (data/*.csv or ontology/*.ttl)
 * and expected.properties: the exit code, the {@code file:line} the error must name and part of its message.
 * Every bad build must leave the previous store current, untouched and answering queries.
 */
class BadInputTest {
    private static final Path CASES = Path.of("src/test/files/bad-input");
    private static Path store;
    private static Path goodDatabase;

    @BeforeAll
    static void buildGoodStore() {
        store = TestStore.temporaryFolder("veta-bad-input-store");
        TestStore.build(TestStore.HOME.resolve("data"), store);
        goodDatabase = new StoreLayout(store).current().orElseThrow();
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputFailsWithFileAndLineAndKeepsThePreviousStore(String name) throws IOException {
        Path caseDir = CASES.resolve(name);
        Properties expected = new Properties();
        try (Reader reader = Files.newBufferedReader(caseDir.resolve("expected.properties"))) {
            expected.load(reader);
        }
        Path data = TestStore.copyOf(TestStore.HOME.resolve("data"), "data");
        Path ontology = TestStore.copyOf(TestStore.HOME.resolve("ontology"), "ontology");
        if (Files.isDirectory(caseDir.resolve("data"))) TestStore.overlay(caseDir.resolve("data"), data);
        if (Files.isDirectory(caseDir.resolve("ontology"))) TestStore.overlay(caseDir.resolve("ontology"), ontology);
        List<String> databasesBefore = databases();

        Cli.Result result = Cli.run("build", "--data", data.toString(), "--ontology", ontology.toString(),
                "--store", store.toString());

        assertEquals(Integer.parseInt(expected.getProperty("exit")), result.exitCode(), result.err());
        String location = expected.getProperty("location");
        String file = location.substring(0, location.lastIndexOf(':'));
        String line = location.substring(location.lastIndexOf(':') + 1);
        Path actualFile = (file.startsWith("data/") ? data : ontology).resolve(Path.of(file).getFileName());
        if (!line.equals("0")) {
            assertTrue(result.err().contains(actualFile + ":" + line + ": "), "expected " + actualFile + ":" + line + " in:\n" + result.err());
        }
        assertTrue(result.err().contains(expected.getProperty("message")), "expected '" + expected.getProperty("message") + "' in:\n" + result.err());

        assertEquals(goodDatabase, new StoreLayout(store).current().orElseThrow(), "the previous store must stay current");
        assertEquals(databasesBefore, databases(), "the failed build must leave no database behind");
        Cli.Result query = Cli.run("query", "deadline-extension-count", "--store", store.toString(), "--format", "csv");
        assertEquals(0, query.exitCode(), query.err());
        assertTrue(query.out().contains("5,2026-12-31"), query.out());
    }

    private static List<String> databases() throws IOException {
        try (Stream<Path> entries = Files.list(store)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("db-")).sorted().toList();
        }
    }
}
