package org.w3id.veta.cli.qca;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.w3id.veta.qca.QcaException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Common behaviour of the {@code qca} subcommands: data and format options, and the exit-code
 * contract (0 ok, 2 bad usage or bad input, with the message on stderr).
 */
abstract class QcaSubcommand<R> implements Callable<Integer> {

    static final int EXIT_BAD_INPUT = 2;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Mixin
    DataOptions dataOptions;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        try {
            R result = compute();
            PrintWriter out = spec.commandLine().getOut();
            out.print(format == OutputFormat.json ? toJson(result) : toText(result));
            out.flush();
            return 0;
        } catch (QcaException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("qca " + spec.name() + ": " + e.getMessage());
            err.flush();
            return EXIT_BAD_INPUT;
        }
    }

    /** The command as typed, to record how a result was obtained. */
    String commandLine() {
        return "veta " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    }

    /** Runs the analysis; throws {@link QcaException} for bad input. */
    abstract R compute();

    abstract JsonNode toJsonTree(R result);

    abstract String toText(R result);

    private String toJson(R result) {
        try {
            return JSON.writeValueAsString(toJsonTree(result)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
