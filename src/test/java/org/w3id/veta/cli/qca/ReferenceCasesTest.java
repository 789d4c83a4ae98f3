package org.w3id.veta.cli.qca;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Drives the {@code qca} command line with the parameters of every reference case computed by R
 * ({@code shared/qca/cases/*.json}) and compares the JSON output with R's {@code expected} values.
 * Skipped when the reference folder is not available.
 */
class ReferenceCasesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NO_REFERENCE = "(reference folder shared/qca not found)";

    static Stream<String> cases() throws IOException {
        var folder = ReferenceCases.folder();
        if (folder.isEmpty()) {
            return Stream.of(NO_REFERENCE);
        }
        try (Stream<Path> files = Files.list(folder.get().resolve("cases"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesR(String caseFile) throws IOException {
        Assumptions.assumeFalse(caseFile.equals(NO_REFERENCE), NO_REFERENCE);
        Path folder = ReferenceCases.folder().orElseThrow();
        JsonNode reference = JSON.readTree(folder.resolve("cases").resolve(caseFile).toFile());
        List<String> args = arguments(reference, folder);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new QcaCommand());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args.toArray(String[]::new));

        JsonNode expected = reference.get("expected");
        if (expected.has("error")) {
            assertEquals(2, exitCode, "R fails on this input, so must we: " + expected.get("error"));
            return;
        }
        assertEquals(0, exitCode, () -> "qca " + String.join(" ", args) + " failed: " + err);
        JsonExpectations.assertMatches(expected, JSON.readTree(out.toString()));
    }

    /** Translates a case's R parameters into qca command-line arguments. */
    static List<String> arguments(JsonNode reference, Path folder) {
        JsonNode p = reference.get("parameters");
        String kind = reference.get("kind").asText().toLowerCase(Locale.ROOT);
        List<String> args = new ArrayList<>();
        args.add(switch (kind) {
            case "calibrate" -> "calibrate";
            case "truthtable" -> "truth-table";
            case "minimize" -> "minimize";
            case "pof" -> "fit";
            case "supersubset" -> "supersubset";
            default -> throw new IllegalArgumentException("unknown case kind " + kind);
        });
        args.addAll(List.of("--data", folder.resolve(reference.get("input_csv").get(0).asText()).toString(),
                "--format", "json"));
        for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode value = entry.getValue();
            if (value.isNull()) {
                continue;
            }
            switch (entry.getKey()) {
                case "column", "type", "method", "idm", "below", "above", "outcome", "relation" ->
                        add(args, "--" + entry.getKey(), value.asText());
                case "logistic" -> add(args, "--logistic", value.asText());
                case "ecdf" -> flag(args, "--ecdf", value);
                case "thresholds" -> add(args, "--thresholds", thresholds(value));
                case "conditions" -> add(args, "--conditions", joined(value));
                case "incl.cut" -> add(args, "--incl-cut", joined(value));
                case "n.cut" -> add(args, "--n-cut", value.asText());
                case "pri.cut" -> add(args, "--pri-cut", value.asText());
                case "cov.cut" -> add(args, "--cov-cut", value.asText());
                case "ron.cut" -> add(args, "--ron-cut", value.asText());
                case "sort.by" -> add(args, "--sort-by", joined(value));
                case "decreasing" -> add(args, "--decreasing", joined(value));
                case "exclude" -> add(args, "--exclude", joined(value));
                case "neg.out" -> flag(args, "--neg-out", value);
                case "use.letters" -> flag(args, "--use-letters", value);
                case "inf.test" -> add(args, "--inf-test", joined(value));
                case "sol.cov" -> add(args, "--sol-cov", value.asText());
                case "include" -> {
                    if (!joined(value).isBlank()) {
                        add(args, "--include", joined(value));
                    }
                }
                case "dir.exp" -> add(args, "--dir-exp", joined(value));
                case "row.dom" -> flag(args, "--row-dom", value);
                case "all.sol" -> flag(args, "--all-sol", value);
                case "setms", "expressions" -> add(args, "--expressions", joined(value));
                default -> {
                    // R arguments without effect on the compared values (e.g. show.cases, details)
                }
            }
        }
        return args;
    }

    private static void add(List<String> args, String option, String value) {
        args.add(option);
        args.add(value);
    }

    private static void flag(List<String> args, String option, JsonNode value) {
        if (value.asBoolean()) {
            args.add(option);
        }
    }

    private static String joined(JsonNode value) {
        if (!value.isArray()) {
            return value.asText();
        }
        List<String> items = new ArrayList<>();
        value.forEach(v -> items.add(v.asText()));
        return String.join(",", items);
    }

    /** Named thresholds ({"e": 400, ...}) become "e=400,..."; lists and strings pass through. */
    private static String thresholds(JsonNode value) {
        if (!value.isObject()) {
            return joined(value);
        }
        List<String> items = new ArrayList<>();
        value.fields().forEachRemaining(e -> items.add(e.getKey() + "=" + e.getValue().asText()));
        return String.join(",", items);
    }
}
