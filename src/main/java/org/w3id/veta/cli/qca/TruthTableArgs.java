package org.w3id.veta.cli.qca;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import org.w3id.veta.qca.Qca;
import org.w3id.veta.qca.QcaException;
import org.w3id.veta.qca.data.DataMatrix;
import org.w3id.veta.qca.expression.ExpressionLists;
import org.w3id.veta.qca.truthtable.TruthTable;
import org.w3id.veta.qca.truthtable.TruthTableOptions;
import picocli.CommandLine.Option;

/** Options shared by {@code truth-table} and {@code minimize}, mirroring R's {@code truthTable()} arguments. */
class TruthTableArgs {

    @Option(names = "--outcome", required = true, paramLabel = "Y|~Y", description = "Outcome; ~Y negates it.")
    String outcome;

    @Option(names = "--conditions", paramLabel = "A,B,C", description = "Conditions (default: all other columns).")
    String conditions;

    @Option(names = "--incl-cut", defaultValue = "1", paramLabel = "ic1[,ic0]",
            description = "Inclusion cut-off for OUT = 1; a second value opens the contradiction (C) band.")
    String inclCut;

    @Option(names = "--n-cut", defaultValue = "1", description = "Minimum number of cases (default: ${DEFAULT-VALUE}).")
    int nCut;

    @Option(names = "--pri-cut", defaultValue = "0", description = "Minimum PRI for OUT = 1 (default: ${DEFAULT-VALUE}).")
    double priCut;

    @Option(names = "--sort-by", paramLabel = "incl,n",
            description = "Display order keys, decreasing: incl, PRI, n, OUT (default: row number).")
    String sortBy;

    @Option(names = "--show-cases", description = "Show the cases of each row in the text output.")
    boolean showCases;

    TruthTable build(DataMatrix data) {
        TruthTableOptions options = TruthTableOptions.of(parseNumbers(inclCut, "--incl-cut"), nCut, priCut,
                ExpressionLists.split(sortBy));
        return Qca.truthTable(data, outcome, ExpressionLists.split(conditions), options);
    }

    /** The parameters as R names them, for run records. */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("incl.cut", inclCut);
        parameters.put("n.cut", Integer.toString(nCut));
        parameters.put("pri.cut", Double.toString(priCut));
        return parameters;
    }

    static double[] parseNumbers(String text, String option) {
        try {
            return Arrays.stream(text.split(",")).map(String::trim).mapToDouble(Double::parseDouble).toArray();
        } catch (NumberFormatException e) {
            throw new QcaException(option + " expects numbers separated by commas, not '" + text + "'");
        }
    }

    static List<String> list(String text) {
        return ExpressionLists.split(text);
    }
}
