package org.w3id.veta.cli.qca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command-line contract: outputs, exit codes and error messages. */
class QcaCommandTest {

    private static final String QUINE = String.join("\n", "case,P,Q,R,OUT", "1,0,1,1,1", "2,0,1,0,1", "3,1,0,1,1",
            "4,1,0,0,1", "5,0,0,1,1", "6,1,1,0,1", "");

    @TempDir
    Path folder;

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new QcaCommand());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private Path csv(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @Test
    void minimizeWritesRLikeTextWithBothModels() throws IOException {
        Run run = run("minimize", "--data", csv("quine.csv", QUINE).toString(), "--outcome", "OUT");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("M1: ~P*Q + P*~R + ~Q*R <-> OUT"), run.out());
        assertTrue(run.out().contains("M2: ~P*R + P*~Q + Q*~R <-> OUT"), run.out());
    }

    @Test
    void jsonOutputHasTheReferenceLayout() throws IOException {
        Run run = run("minimize", "--data", csv("quine.csv", QUINE).toString(), "--outcome", "OUT",
                "--format", "json");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(2, json.get("models").size());
        assertEquals(6, json.get("PIchart").get("PIs").size());
        assertEquals(8, json.get("truth_table").get("rows").size());
        assertTrue(json.get("all_PI_fit").isArray());
    }

    @Test
    void nonNumericCellIsReportedWithFileLineAndColumn() throws IOException {
        Path data = csv("data.csv", "case,DEV,Y\na,1,0\nb,x,1\n");
        Run run = run("truth-table", "--data", data.toString(), "--outcome", "Y");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("data.csv:3: column 'DEV' value 'x' is not a number"), run.err());
    }

    @Test
    void impossibleRequestsExitWithTwo() throws IOException {
        Path data = csv("quine.csv", QUINE);
        assertEquals(2, run("truth-table", "--data", data.toString(), "--outcome", "OUT", "--incl-cut", "1.5")
                .exitCode());
        assertEquals(2, run("minimize", "--data", data.toString(), "--outcome", "OUT", "--include", "?")
                .exitCode(), "no negative rows");
        assertEquals(2, run("truth-table", "--data", folder.resolve("missing.csv").toString(), "--outcome", "OUT")
                .exitCode());
        assertEquals(2, run("truth-table", "--outcome", "OUT").exitCode(), "no data");
        assertEquals(2, run("truth-table", "--data", data.toString()).exitCode(), "missing --outcome");
        assertEquals(2, run("calibrate", "--data", data.toString(), "--column", "P", "--type", "crisp",
                "--thresholds", "5").exitCode(), "threshold outside the range");
    }

    /** R's messages for requests R refuses (verify.tt, verify.data, minimize.R). */
    @Test
    void errorMessagesFollowR() throws IOException {
        Path data = csv("quine.csv", QUINE);
        assertTrue(run("truth-table", "--data", data.toString(), "--outcome", "OUT", "--incl-cut", "1.5").err()
                .contains("The inclusion cut-off(s) should be bound to the interval [0, 1]."));
        assertTrue(run("truth-table", "--data", data.toString(), "--outcome", "OUT", "--conditions", "P,OUT").err()
                .contains("Variable \"OUT\" cannot be both outcome _and_ condition!"));
        assertTrue(run("minimize", "--data", data.toString(), "--outcome", "OUT", "--dir-exp", "P").err()
                .contains("Directional expectations cannot be specified without including the remainders."));
        Path none = csv("none.csv", "case,A,Y\na,1,0\nb,0,0\n");
        Run unexplained = run("minimize", "--data", none.toString(), "--outcome", "Y");
        assertEquals(2, unexplained.exitCode());
        assertTrue(unexplained.err().contains("None of the values in OUT is explained"), unexplained.err());
        Path missing = csv("missing.csv", "case,A,Y\na,1,NA\nb,0,0\n");
        assertTrue(run("truth-table", "--data", missing.toString(), "--outcome", "Y").err()
                .contains("Missing values in the data are not allowed. Please check columns: Y"));
    }

    @Test
    void sortExcludeNegateAndSolutionCoverageOptions() throws IOException {
        Path data = csv("quine.csv", QUINE);
        JsonNode ascending = new ObjectMapper().readTree(run("truth-table", "--data", data.toString(), "--outcome",
                "OUT", "--sort-by", "P,Q", "--decreasing", "false", "--format", "json").out());
        assertEquals("[2,3,4,5,6,7]", ascending.get("print_order").toString());
        JsonNode excluded = new ObjectMapper().readTree(run("minimize", "--data", data.toString(), "--outcome",
                "OUT", "--exclude", "8", "--include", "?", "--format", "json").out());
        assertEquals("[8]", excluded.get("negative_rows").toString(), "an excluded remainder is a negative row");
        JsonNode negated = new ObjectMapper().readTree(run("truth-table", "--data", data.toString(), "--outcome",
                "~OUT", "--neg-out", "--format", "json").out());
        assertEquals(0.0, negated.get("rows").get(1).get("incl").asDouble(), "neg.out and ~ negate only once");
        Path partial = csv("partial.csv", "case,A,B,Y\na,1,0,1\nb,1,1,1\nc,0,1,1\nd,0,0,0\ne,0,1,0\n");
        Run lowCoverage = run("minimize", "--data", partial.toString(), "--outcome", "Y", "--sol-cov", "0.6");
        assertTrue(lowCoverage.out().contains("M1: A <-> Y"), lowCoverage.out());
        assertTrue(run("minimize", "--data", partial.toString(), "--outcome", "Y").out().contains("M1: A -> Y"));
    }

    @Test
    void helpIsAvailableForEverySubcommand() {
        for (String sub : new String[] {"calibrate", "truth-table", "minimize", "fit", "supersubset"}) {
            Run run = run(sub, "--help");
            assertEquals(0, run.exitCode());
            assertTrue(run.out().contains("--format"), sub);
        }
    }

    @Test
    void calibrateFitAndSupersubsetRun() throws IOException {
        Path raw = csv("raw.csv", "case,X,Y\na,1,0\nb,4,0.2\nc,6,0.7\nd,9,0.9\ne,12,1\n");
        Run calibrated = run("calibrate", "--data", raw.toString(), "--column", "X", "--thresholds", "e=2,c=5,i=10",
                "--format", "json");
        assertEquals(0, calibrated.exitCode(), calibrated.err());
        assertEquals(5, new ObjectMapper().readTree(calibrated.out()).get("values").size());

        Path fuzzy = csv("fuzzy.csv", "case,A,B,Y\na,0.9,0.2,0.8\nb,0.8,0.7,0.7\nc,0.3,0.9,0.2\nd,0.1,0.6,0.1\n");
        Run fit = run("fit", "--data", fuzzy.toString(), "--outcome", "Y", "--expressions", "A,~B,A*B",
                "--relation", "sufficiency");
        assertEquals(0, fit.exitCode(), fit.err());
        assertTrue(fit.out().contains("expression"));
        Run necessary = run("supersubset", "--data", fuzzy.toString(), "--outcome", "Y", "--incl-cut", "0.9");
        assertEquals(0, necessary.exitCode(), necessary.err());
        assertTrue(necessary.out().contains("inclN"));
    }
}
