package org.w3id.veta.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where things are. Defaults are relative to the Veta home (the repository; the launcher passes it as
 * {@code -Dveta.home}), so {@code ./veta} works from any folder. Open data default to {@code ../shared/opendata}.
 */
public final class Locations {
    @Option(names = "--store", paramLabel = "DIR", description = "Store folder (default: ${DEFAULT-VALUE}).", defaultValue = "store")
    Path store;

    public static Path home() {
        return Path.of(System.getProperty("veta.home", ".")).toAbsolutePath().normalize();
    }

    public static Path resolve(Path path) {
        return home().resolve(path).normalize();
    }

    public Path store() { return resolve(store); }

    public static Path defaultOpenData() {
        Path candidate = home().resolve("../shared/opendata").normalize();
        return Files.isDirectory(candidate) ? candidate : null;
    }
}
