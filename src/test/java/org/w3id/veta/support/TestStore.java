package org.w3id.veta.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.w3id.veta.build.BuildOptions;
import org.w3id.veta.build.Progress;
import org.w3id.veta.build.StoreBuilder;
import org.w3id.veta.store.StoreLayout;

/**
 * A real TDB2 store built from the repository's ontology and curated tables, once per test JVM, in a temporary
 * folder. Tests that need a store share it read-only.
 */
public final class TestStore {
    public static final Path HOME = Path.of("").toAbsolutePath();
    private static Path root;

    private TestStore() {}

    public static synchronized Path database() {
        if (root == null) {
            root = temporaryFolder("veta-test-store");
            build(HOME.resolve("data"), root);
        }
        return new StoreLayout(root).current().orElseThrow();
    }

    public static StoreBuilder.Summary build(Path data, Path store) {
        return build(HOME.resolve("ontology"), data, store);
    }

    public static StoreBuilder.Summary build(Path ontology, Path data, Path store) {
        return new StoreBuilder(List.of()).build(new BuildOptions(HOME, ontology, data, null, store), Progress.silent());
    }

    public static Path temporaryFolder(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a folder's files (not recursive): e.g. data/ into a scratch folder to break one table. */
    public static Path copyOf(Path dir, String prefix) {
        Path copy = temporaryFolder(prefix);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) Files.copy(f, copy.resolve(f.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort at JVM exit
        }
    }
}
