package org.w3id.veta.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The store folder: each build writes a new TDB2 database {@code db-<timestamp>/} and, only once it is complete
 * and valid, the link {@code current} is switched to it in one atomic rename. A failed build never touches
 * {@code current}; a server keeps the database it opened until it restarts.
 *
 * <p>While a server runs it writes its endpoint to {@code server.url}, so other commands can query through it
 * instead of fighting over the database lock.
 */
public final class StoreLayout {
    private static final String CURRENT = "current";
    private static final String SERVER_FILE = "server.url";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path root;

    public StoreLayout(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() { return root; }

    /** The database being served, if a build has completed. */
    public Optional<Path> current() {
        Path link = root.resolve(CURRENT);
        if (!Files.isSymbolicLink(link)) return Optional.empty();
        try {
            Path target = root.resolve(Files.readSymbolicLink(link));
            return Files.isDirectory(target) ? Optional.of(target) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A fresh, empty folder for a new database. */
    public Path newDatabase() {
        try {
            Files.createDirectories(root);
            Path dir = root.resolve("db-" + LocalDateTime.now().format(STAMP));
            while (Files.exists(dir)) dir = root.resolve(dir.getFileName() + "x");
            return Files.createDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a database folder in " + root, e);
        }
    }

    /** Points {@code current} at the database in one atomic rename of a symbolic link. */
    public void makeCurrent(Path database) {
        try {
            Path temporary = root.resolve(CURRENT + ".new");
            Files.deleteIfExists(temporary);
            Files.createSymbolicLink(temporary, root.relativize(database.toAbsolutePath()));
            Files.move(temporary, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot switch " + root.resolve(CURRENT) + " to " + database, e);
        }
    }

    /** Deletes databases that are neither current nor held by a running process (e.g. a server on an older build). */
    public void removeUnused() {
        Optional<Path> current = current();
        try (Stream<Path> entries = Files.list(root)) {
            for (Path dir : entries.filter(p -> p.getFileName().toString().startsWith("db-")).toList()) {
                if (current.map(c -> c.equals(dir)).orElse(false) || DatabaseLock.isHeld(dir)) continue;
                deleteTree(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + root, e);
        }
    }

    /** Deletes a database folder that never became current (a failed build). */
    public void discard(Path database) {
        try {
            deleteTree(database);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + database, e);
        }
    }

    /** The endpoint of a running server on this store, if there is one. */
    public Optional<String> serverEndpoint() {
        Path file = root.resolve(SERVER_FILE);
        try {
            if (!Files.exists(file)) return Optional.empty();
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !ProcessHandle.of(Long.parseLong(lines.get(1).strip())).map(ProcessHandle::isAlive).orElse(false)) {
                return Optional.empty();
            }
            return Optional.of(lines.get(0).strip());
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void announceServer(String endpoint) {
        try {
            Files.createDirectories(root);
            Files.writeString(root.resolve(SERVER_FILE), endpoint + "\n" + ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void withdrawServer() {
        try {
            Files.deleteIfExists(root.resolve(SERVER_FILE));
        } catch (IOException ignored) {
            // A stale file names a dead process and is ignored by serverEndpoint().
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
