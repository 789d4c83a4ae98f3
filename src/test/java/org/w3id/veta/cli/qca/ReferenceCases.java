package org.w3id.veta.cli.qca;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds R's reference material ({@code shared/qca}): the system property {@code veta.qca.reference}, or
 * a {@code shared/qca} folder next to the working directory or one of its ancestors ({@code ../shared/qca}).
 */
final class ReferenceCases {

    private ReferenceCases() {
    }

    static Optional<Path> folder() {
        String property = System.getProperty("veta.qca.reference");
        if (property != null && !property.isBlank()) {
            Path path = Path.of(property);
            return Files.isDirectory(path.resolve("cases")) ? Optional.of(path) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("qca");
            if (Files.isDirectory(candidate.resolve("cases"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
