package org.w3id.veta.cli.qca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares our JSON with R's {@code expected} object key by key: numbers to 1e-9, models as sets of
 * terms (so R's model numbering and term order are not required), term fits matched by term.
 * Keys we output but R does not are ignored.
 */
final class JsonExpectations {

    private static final double TOLERANCE = 1e-9;
    private static final Set<String> SETS_OF_STRINGS =
            Set.of("terms", "solution_PIs", "essential", "initials", "c_sol", "p_sol");

    private JsonExpectations() {
    }

    static void assertMatches(JsonNode expected, JsonNode actual) {
        compare(expected, actual, "$");
    }

    private static void compare(JsonNode expected, JsonNode actual, String path) {
        if (expected == null || expected.isNull()) {
            assertTrue(actual == null || actual.isNull(), path + ": expected null but was " + actual);
            return;
        }
        assertNotNull(actual, path + ": missing");
        if (expected.isNumber()) {
            assertTrue(actual.isNumber(), path + ": expected a number but was " + actual);
            assertEquals(expected.asDouble(), actual.asDouble(), TOLERANCE, path);
        } else if (expected.isTextual()) {
            assertEquals(expected.asText(), actual.asText(), path);
        } else if (expected.isBoolean()) {
            assertEquals(expected.asBoolean(), actual.asBoolean(), path);
        } else if (expected.isObject()) {
            compareObjects(expected, actual, path);
        } else if (expected.isArray()) {
            compareArrays(expected, actual, path);
        }
    }

    private static void compareObjects(JsonNode expected, JsonNode actual, String path) {
        assertTrue(actual.isObject(), path + ": expected an object but was " + actual);
        Map<String, String> modelNames = modelNameMapping(expected, actual, path);
        for (Iterator<String> keys = expected.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            String at = path + "." + key;
            switch (key) {
                case "models" -> compareKeyed(expected.get(key), actual.get(key), at, JsonExpectations::termSet);
                case "term_fit", "all_PI_fit" -> compareKeyed(expected.get(key), actual.get(key), at,
                        node -> node.get("term").asText());
                case "SA" -> compareKeyed(expected.get(key), actual.get(key), at,
                        node -> modelNames.getOrDefault(node.get("model").asText(), node.get("model").asText()));
                case "intermediate" -> compareKeyed(expected.get(key), actual.get(key), at,
                        node -> termSetOf(node.get("c_sol")) + "|" + termSetOf(node.get("p_sol")));
                case "PIchart" -> comparePiChart(expected.get(key), actual.get(key), at);
                case "expression" -> assertEquals(productSet(expected.get(key)), productSet(actual.get(key)), at);
                default -> {
                    if (SETS_OF_STRINGS.contains(key)) {
                        assertEquals(termSetOf(expected.get(key)), termSetOf(actual.get(key)), at);
                    } else {
                        compare(expected.get(key), actual.get(key), at);
                    }
                }
            }
        }
    }

    /** Maps each of R's model names to ours via the model's set of terms, so SA entries can be paired. */
    private static Map<String, String> modelNameMapping(JsonNode expected, JsonNode actual, String path) {
        Map<String, String> mapping = new HashMap<>();
        if (!expected.has("models") || !expected.get("models").isArray() || !actual.has("models")) {
            return mapping;
        }
        Map<String, String> ourNames = new HashMap<>();
        actual.get("models").forEach(m -> ourNames.put(termSet(m), m.get("name").asText()));
        expected.get("models").forEach(m -> mapping.put(m.get("name").asText(),
                ourNames.getOrDefault(termSet(m), "?" + m.get("name").asText())));
        return mapping;
    }

    private static void compareArrays(JsonNode expected, JsonNode actual, String path) {
        assertTrue(actual.isArray(), path + ": expected an array but was " + actual);
        assertEquals(expected.size(), actual.size(), path + ": array length");
        for (int i = 0; i < expected.size(); i++) {
            compare(expected.get(i), actual.get(i), path + "[" + i + "]");
        }
    }

    private static void compareKeyed(JsonNode expected, JsonNode actual, String path,
            java.util.function.Function<JsonNode, String> key) {
        if (expected == null || expected.isNull()) {
            assertTrue(actual == null || actual.isNull(), path + ": expected null but was " + actual);
            return;
        }
        assertNotNull(actual, path + ": missing");
        assertEquals(expected.size(), actual.size(), path + ": number of entries");
        Map<String, JsonNode> ours = new HashMap<>();
        boolean isSa = path.endsWith(".SA");
        actual.forEach(node -> ours.put(isSa ? node.get("model").asText() : key.apply(node), node));
        for (JsonNode entry : expected) {
            String k = key.apply(entry);
            JsonNode match = ours.get(k);
            if (match == null) {
                fail(path + ": no entry for " + k + " among " + ours.keySet());
            }
            // Names (M1, M2 …) depend on R's model order, which we match but do not require.
            ObjectNode withoutNames = entry.deepCopy();
            withoutNames.remove(List.of("name", "model"));
            compareObjects(withoutNames, match, path + "[" + k + "]");
        }
    }

    private static void comparePiChart(JsonNode expected, JsonNode actual, String path) {
        assertNotNull(actual, path + ": missing");
        assertEquals(termSetOf(expected.get("PIs")), termSetOf(actual.get("PIs")), path + ".PIs");
        compare(expected.get("rows"), actual.get("rows"), path + ".rows");
        Map<String, JsonNode> ourLines = new HashMap<>();
        for (int p = 0; p < actual.get("PIs").size(); p++) {
            ourLines.put(actual.get("PIs").get(p).asText(), actual.get("matrix").get(p));
        }
        for (int p = 0; p < expected.get("PIs").size(); p++) {
            String pi = expected.get("PIs").get(p).asText();
            compare(expected.get("matrix").get(p), ourLines.get(pi), path + ".matrix[" + pi + "]");
        }
    }

    /** A solution string "A*B + ~C" as a set of products, independent of term order. */
    private static Set<String> productSet(JsonNode expression) {
        assertNotNull(expression, "missing expression");
        return new TreeSet<>(List.of(expression.asText().split(" \\+ ")));
    }

    private static String termSet(JsonNode model) {
        return termSetOf(model.get("terms"));
    }

    private static String termSetOf(JsonNode array) {
        Set<String> terms = new TreeSet<>();
        if (array != null) {
            array.forEach(t -> terms.add(t.asText()));
        }
        int size = array == null ? 0 : array.size();
        return String.join(" + ", terms) + (terms.size() == size ? "" : " (with duplicates)");
    }
}
