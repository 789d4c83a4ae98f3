package org.w3id.veta.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
 * Each folder of src/test/files/bad-input holds a case.properties that breaks one good file of the repository
 * (a copy of it): {@code find}/{@code replace} (optionally writing the replacement in another
 * {@code replace.encoding}), {@code append} a line, or {@code append.copyOfLine} N. The build must fail with the
 * expected exit code and message, naming the file and the line that was broken, and must leave the previous
 * store current, untouched and answering queries.
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
        Properties spec = new Properties();
        try (Reader reader = Files.newBufferedReader(CASES.resolve(name).resolve("case.properties"))) {
            spec.load(reader);
        }
        Path data = TestStore.copyOf(TestStore.HOME.resolve("data"), "data");
        Path ontology = TestStore.copyOf(TestStore.HOME.resolve("ontology"), "ontology");
        String file = spec.getProperty("file");
        Path broken = (file.startsWith("data/") ? data : ontology).resolve(Path.of(file).getFileName());
        long line = breakFile(broken, spec);
        List<String> databasesBefore = databases();

        Cli.Result result = Cli.run("build", "--data", data.toString(), "--ontology", ontology.toString(),
                "--store", store.toString());

        assertEquals(Integer.parseInt(spec.getProperty("exit")), result.exitCode(), result.err());
        if (result.exitCode() == 2) {
            assertTrue(result.err().contains(broken + ":" + line + ": "), "expected " + broken + ":" + line + " in:\n" + result.err());
        }
        assertTrue(result.err().contains(spec.getProperty("message")), "expected '" + spec.getProperty("message") + "' in:\n" + result.err());

        assertEquals(goodDatabase, new StoreLayout(store).current().orElseThrow(), "the previous store must stay current");
        assertEquals(databasesBefore, databases(), "the failed build must leave no database behind");
        Cli.Result query = Cli.run("query", "deadline-extension-count", "--store", store.toString(), "--format", "csv");
        assertEquals(0, query.exitCode(), query.err());
        assertTrue(query.out().contains("5,2026-12-31"), query.out());
    }

    /** Applies the case to the file and returns the line it broke. */
    private static long breakFile(Path file, Properties spec) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String find = spec.getProperty("find");
        if (find != null) {
            int at = text.indexOf(find);
            assertTrue(at >= 0, "'" + find + "' is no longer in " + file + ": update the case");
            Charset encoding = Charset.forName(spec.getProperty("replace.encoding", "UTF-8"));
            byte[] before = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
            byte[] replacement = spec.getProperty("replace").getBytes(encoding);
            byte[] after = text.substring(at + find.length()).getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.write(before);
            bytes.write(replacement);
            bytes.write(after);
            Files.write(file, bytes.toByteArray());
            return text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        }
        List<String> lines = text.lines().toList();
        String appended = spec.containsKey("append.copyOfLine")
                ? lines.get(Integer.parseInt(spec.getProperty("append.copyOfLine")) - 1) : spec.getProperty("append");
        Files.writeString(file, text + (text.endsWith("\n") ? "" : "\n") + appended + "\n", StandardCharsets.UTF_8);
        return lines.size() + 1;
    }

    private static List<String> databases() throws IOException {
        try (Stream<Path> entries = Files.list(store)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("db-")).sorted().toList();
        }
    }
}
