package org.w3id.veta.qca;

import java.util.ArrayList;
import java.util.List;
import org.w3id.veta.qca.calibration.Calibration;
import org.w3id.veta.qca.calibration.Thresholds;
import org.w3id.veta.qca.data.DataMatrix;
import org.w3id.veta.qca.data.SetData;
import org.w3id.veta.qca.expression.ExpressionLists;
import org.w3id.veta.qca.fit.Pof;
import org.w3id.veta.qca.fit.Relation;
import org.w3id.veta.qca.fit.SuperSubset;
import org.w3id.veta.qca.minimize.Minimization;
import org.w3id.veta.qca.minimize.MinimizeOptions;
import org.w3id.veta.qca.minimize.Minimizer;
import org.w3id.veta.qca.truthtable.TruthTable;
import org.w3id.veta.qca.truthtable.TruthTableOptions;

/**
 * Entry point of Veta's QCA engine, mirroring R package QCA 3.25: {@code calibrate}, {@code truthTable},
 * {@code minimize}, {@code pof} and {@code superSubset}. Every method throws {@link QcaException} for
 * impossible requests, with a message meant for the user.
 */
public final class Qca {

    private Qca() {
    }

    /** Crisp calibration: the number of thresholds at or below each value. */
    public static double[] calibrateCrisp(double[] x, String thresholds) {
        return Calibration.crisp(x, Thresholds.parse(thresholds));
    }

    /** Direct fuzzy calibration (logistic by default; s-shaped, ECDF or bell/trapezoid per options). */
    public static double[] calibrateDirect(double[] x, String thresholds, Calibration.DirectOptions options) {
        return Calibration.direct(x, Thresholds.parse(thresholds), options);
    }

    /** Ragin's indirect calibration. */
    public static double[] calibrateIndirect(double[] x, String thresholds) {
        return Calibration.indirect(x, Thresholds.parse(thresholds));
    }

    /** Totally fuzzy and relative calibration. */
    public static double[] calibrateTfr(double[] x) {
        return Calibration.totallyFuzzyRelative(x);
    }

    /**
     * @param outcome {@code Y}, {@code ~Y} or {@code Y[v]}
     * @param conditions the conditions; empty = every other column
     */
    public static TruthTable truthTable(DataMatrix data, String outcome, List<String> conditions,
            TruthTableOptions options) {
        SetData sets = SetData.of(data, outcome, conditions);
        return TruthTable.build(options.useLetters() ? sets.withLetters() : sets, options);
    }

    public static Minimization minimize(TruthTable truthTable, MinimizeOptions options) {
        return Minimizer.minimize(truthTable, options);
    }

    /** Parameters of fit of each expression (sum of products such as {@code A*~B + C}) and of their union. */
    public static Pof pof(DataMatrix data, String outcome, List<String> expressions, Relation relation) {
        if (expressions.isEmpty()) {
            throw new QcaException("no expression to evaluate");
        }
        List<String> conditions = new ArrayList<>();
        for (String expression : expressions) {
            for (String name : ExpressionLists.conditionNames(expression)) {
                if (!conditions.contains(name)) {
                    conditions.add(name);
                }
            }
        }
        return Pof.of(SetData.ofCompleteCases(data, outcome, conditions), expressions, relation);
    }

    /** Searches necessary (or sufficient) conjunctions and disjunctions like R's {@code superSubset}. */
    public static List<SuperSubset.Result> superSubset(DataMatrix data, String outcome, List<String> conditions,
            Relation relation, SuperSubset.Cutoffs cutoffs) {
        return superSubset(data, outcome, conditions, relation, cutoffs, false);
    }

    /** As above; {@code useLetters} (R's {@code use.letters}) names the conditions A, B, C … in the results. */
    public static List<SuperSubset.Result> superSubset(DataMatrix data, String outcome, List<String> conditions,
            Relation relation, SuperSubset.Cutoffs cutoffs, boolean useLetters) {
        SetData sets = SetData.of(data, outcome, conditions);
        return SuperSubset.search(useLetters ? sets.withLetters() : sets, relation, cutoffs);
    }
}
