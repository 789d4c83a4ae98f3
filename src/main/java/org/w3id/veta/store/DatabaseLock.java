package org.w3id.veta.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Reads TDB2's {@code tdb.lock} files: a database is in use while the process that wrote the lock lives. */
final class DatabaseLock {
    private DatabaseLock() {}

    static boolean isHeld(Path database) {
        try (Stream<Path> walk = Files.walk(database, 2)) {
            return walk.filter(p -> p.getFileName().toString().equals("tdb.lock")).anyMatch(DatabaseLock::ownerAlive);
        } catch (IOException e) {
            return true; // when in doubt, keep the database
        }
    }

    private static boolean ownerAlive(Path lockFile) {
        try {
            long pid = Long.parseLong(Files.readString(lockFile).strip());
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }
}
