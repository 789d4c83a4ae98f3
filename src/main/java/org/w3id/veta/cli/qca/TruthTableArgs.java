package org.w3id.veta.cli.qca;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import org.w3id.veta.qca.Qca;
import org.w3id.veta.qca.QcaException;
import org.w3id.veta.qca.data.DataMatrix;
import org.w3id.veta.qca.expression.ExpressionLists;
import org.w3id.veta.qca.truthtable.SortKey;
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
            description = "Display order keys: incl, PRI, n, OUT or a condition; decreasing, or ascending with a"
                    + " leading - (default: row number).")
    String sortBy;

    @Option(names = "--decreasing", arity = "1", split = ",", paramLabel = "true|false[,...]",
            description = "R's decreasing: one value for every --sort-by key, or one per key (missing ones true).")
    List<Boolean> decreasing = List.of();

    @Option(names = "--exclude", paramLabel = "ROWS|EXPRESSION",
            description = "Rows to set to OUT = 0 so minimisation cannot use them: row numbers (3,7,12) or an"
                    + " expression whose remainders are excluded (~A*B + C).")
    String exclude;

    @Option(names = "--show-cases", description = "Show the cases of each row in the text output.")
    boolean showCases;

    @Option(names = "--inf-test", paramLabel = "binom[,alpha]",
            description = "Decide OUT by binomial tests against the incl.cut values (crisp data; alpha 0.05 unless given).")
    String inferenceTest;

    @Option(names = "--use-letters", description = "Name the conditions A, B, C ... in the results (R's use.letters).")
    boolean useLetters;

    @Option(names = "--neg-out", description = "Negate the outcome, like R's neg.out = TRUE (same as ~Y; never twice).")
    boolean negateOutcome;

    TruthTable build(DataMatrix data) {
        TruthTableOptions options = TruthTableOptions.of(parseNumbers(inclCut, "--incl-cut"), nCut, priCut,
                List.of()).withSortBy(SortKey.of(ExpressionLists.split(sortBy), decreasing)).withExclude(exclude)
                .withLetters(useLetters).withBinomialTest(binomialAlpha());
        String negated = negateOutcome && !outcome.trim().startsWith("~") ? "~" + outcome.trim() : outcome;
        return Qca.truthTable(data, negated, ExpressionLists.split(conditions), options);
    }

    /** R's inf.test: "binom" with an optional alpha (default 0.05); null when not requested. */
    private Double binomialAlpha() {
        List<String> items = list(inferenceTest);
        if (items.isEmpty()) {
            return null;
        }
        if (!items.get(0).equals("binom")) {
            throw new QcaException("For the moment only \"binom\"ial testing for crisp data is allowed.");
        }
        return items.size() > 1 ? parseNumbers(items.get(1), "--inf-test")[0] : 0.05;
    }

    /** The parameters as R names them, for run records. */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("incl.cut", inclCut);
        parameters.put("n.cut", Integer.toString(nCut));
        parameters.put("pri.cut", Double.toString(priCut));
        if (exclude != null) parameters.put("exclude", exclude);
        if (inferenceTest != null) parameters.put("inf.test", inferenceTest);
        if (negateOutcome) parameters.put("neg.out", "TRUE");
        if (useLetters) parameters.put("use.letters", "TRUE");
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
