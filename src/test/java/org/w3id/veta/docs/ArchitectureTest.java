package org.w3id.veta.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/development.md, checked on the sources: a package imports only packages of a lower
 * layer, and the QCA engine imports nothing of Veta but itself (its bridge to the graph is qca.graph).
 */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/org/w3id/veta");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.w3id\\.veta\\.([a-z]+(?:\\.[a-z]+)*)\\.[A-Z]", Pattern.MULTILINE);
    private static final Map<String, Integer> LAYER = Map.ofEntries(
            Map.entry("qca", 0), Map.entry("vocab", 0), Map.entry("io", 0),
            Map.entry("store", 1), Map.entry("load", 2), Map.entry("validate", 2),
            Map.entry("query", 3), Map.entry("build", 3), Map.entry("serve", 3),
            Map.entry("qca.graph", 4), Map.entry("cli", 5));

    @Test
    void importsPointDownAndTheQcaEngineStandsAlone() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String from = component(SOURCES.relativize(file.getParent()).toString().replace('/', '.'));
                Matcher imports = IMPORT.matcher(Files.readString(file));
                while (imports.find()) {
                    String to = component(imports.group(1));
                    if (to.equals(from)) continue;
                    boolean engine = from.equals("qca");
                    if (engine || LAYER.get(to) >= LAYER.get(from)) violations.add(file + " imports " + imports.group(1));
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    /** The layer a package belongs to: qca.graph on its own, other sub-packages with their parent. */
    private static String component(String packageName) {
        if (packageName.startsWith("qca.graph")) return "qca.graph";
        String top = packageName.contains(".") ? packageName.substring(0, packageName.indexOf('.')) : packageName;
        if (!LAYER.containsKey(top)) throw new AssertionError("package " + packageName + " has no layer in ArchitectureTest");
        return top;
    }
}
