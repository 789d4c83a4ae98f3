package org.w3id.veta.cli.qca;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.w3id.veta.qca.Qca;
import org.w3id.veta.qca.minimize.Minimization;
import org.w3id.veta.qca.minimize.MinimizeOptions;
import org.w3id.veta.qca.truthtable.TruthTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code qca minimize}: R's {@code minimize()} on a truth table built from the data. */
@Command(name = "minimize", mixinStandardHelpOptions = true,
        description = "Boolean minimisation (conservative, parsimonious, intermediate) like R's minimize().")
class MinimizeCommand extends QcaSubcommand<Minimization> {

    @Mixin
    TruthTableArgs table;

    @Mixin
    RunOptions run;

    @Option(names = "--report", paramLabel = "FILE.html",
            description = "Also write an HTML report: truth table, models with fit, XY plot of each model.")
    java.nio.file.Path report;

    @Option(names = "--include", defaultValue = "", paramLabel = "?,C",
            description = "Don't cares: ? = remainders (parsimonious), C = contradictions. Default: none (conservative).")
    String include;

    @Option(names = "--dir-exp", paramLabel = "A,~B,C*~D",
            description = "Directional expectations for intermediate solutions (needs --include ?); - for none.")
    String directionalExpectations;

    @Option(names = "--row-dom", description = "Remove dominated prime implicants before solving the chart.")
    boolean rowDominance;

    @Option(names = "--all-sol", description = "All irredundant models, not only the minimal ones.")
    boolean allSolutions;

    @Option(names = "--sol-cov", defaultValue = "1",
            description = "Models whose coverage reaches this print <-> instead of -> (default: ${DEFAULT-VALUE}).")
    double solutionCoverage;

    @Override
    Minimization compute() {
        boolean[] included = MinimizeOptions.parseInclude(include);
        MinimizeOptions options = new MinimizeOptions(included[0], included[1],
                TruthTableArgs.list(directionalExpectations), rowDominance, allSolutions, solutionCoverage);
        TruthTable truthTable = table.build(dataOptions.source().load());
        Minimization minimization = Qca.minimize(truthTable, options);
        Map<String, String> parameters = table.parameters();
        parameters.put("include", include);
        if (directionalExpectations != null) parameters.put("dir.exp", directionalExpectations);
        if (rowDominance) parameters.put("row.dom", "TRUE");
        if (allSolutions) parameters.put("all.sol", "TRUE");
        run.saveIfAsked(spec, commandLine(), dataOptions, truthTable, minimization, parameters);
        if (report != null) writeReport(minimization);
        return minimization;
    }

    private void writeReport(Minimization minimization) {
        try {
            java.nio.file.Files.writeString(report, org.w3id.veta.qca.report.HtmlReport.minimization(minimization, commandLine(), dataOptions.describe()));
        } catch (java.io.IOException e) {
            throw new org.w3id.veta.qca.QcaException("cannot write " + report + ": " + e.getMessage());
        }
        spec.commandLine().getErr().println("qca: report written to " + report);
    }

    @Override
    JsonNode toJsonTree(Minimization result) {
        return JsonReport.minimization(result);
    }

    @Override
    String toText(Minimization result) {
        return TextReport.minimization(result, true);
    }
}
