package org.w3id.veta.qca.fit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.w3id.veta.qca.QcaException;
import org.w3id.veta.qca.data.SetData;
import org.w3id.veta.qca.util.Combinations;

/**
 * R's {@code superSubset}: searches conjunctions (and, for necessity, disjunctions) of literals whose
 * fit passes the cut-offs, level by level (number of literals), in R's enumeration order.
 */
public final class SuperSubset {

    /**
     * Cut-offs; {@code inclCut} defaults to 1 and the others to 0 in R. R's superSubset.R does not range-check
     * them: a cut-off above 1 simply lets nothing pass.
     */
    public record Cutoffs(double inclCut, double covCut, double ronCut, double priCut) {
    }

    /** One expression found; exactly one of the two fits is set, depending on the relation. */
    public record Result(String term, boolean disjunction, NecessityFit necessity, SufficiencyFit sufficiency) {
    }

    private record Found(int level, int[] conditions, int[] values) {
        /** True if every literal of this expression is among the literals of the candidate. */
        boolean literalsWithin(int[] candidateConditions, int[] candidateValues) {
            for (int a = 0; a < conditions.length; a++) {
                boolean present = false;
                for (int b = 0; b < candidateConditions.length && !present; b++) {
                    present = candidateConditions[b] == conditions[a] && candidateValues[b] == values[a];
                }
                if (!present) {
                    return false;
                }
            }
            return true;
        }
    }

    private SuperSubset() {
    }

    public static List<Result> search(SetData data, Relation relation, Cutoffs cutoffs) {
        double ic = cutoffs.inclCut() - SetData.TOLERANCE;
        double cc = cutoffs.covCut() > 0 ? cutoffs.covCut() - SetData.TOLERANCE : 0;
        double[] y = data.outcome();
        int k = data.conditionCount();
        List<Found> conjunctions = new ArrayList<>();
        List<Found> disjunctions = new ArrayList<>();
        List<Result> conjunctionResults = new ArrayList<>();
        List<Result> disjunctionResults = new ArrayList<>();
        boolean foundPreviousLevel = false;
        for (int level = 1; level <= k; level++) {
            boolean foundAny = !conjunctions.isEmpty() || !disjunctions.isEmpty();
            if (level > 4 && foundAny && !foundPreviousLevel) {
                break;
            }
            foundPreviousLevel = false;
            for (int[] combination : Combinations.of(k, level)) {
                for (int[] values : Combinations.valueTuples(combination, data.levels())) {
                    double[] min = new double[data.caseCount()];
                    double[] max = new double[data.caseCount()];
                    for (int i = 0; i < min.length; i++) {
                        min[i] = 1;
                        for (int c = 0; c < combination.length; c++) {
                            double m = data.literal(combination[c], values[c], i);
                            min[i] = Math.min(min[i], m);
                            max[i] = Math.max(max[i], m);
                        }
                    }
                    Found candidate = new Found(level, combination, values);
                    if (relation == Relation.NECESSITY) {
                        // R's C_superSubset reports its ratios as computed: no zeroing of small values.
                        NecessityFit conj = FitCalculator.necessity(name(data, candidate, "*"), min, y, 0);
                        if (conj.inclN() >= ic && conj.covN() >= cc) {
                            conjunctions.add(candidate);
                            conjunctionResults.add(new Result(conj.term(), false, conj, null));
                            foundPreviousLevel = true;
                            continue;
                        }
                        NecessityFit disj = FitCalculator.necessity(name(data, candidate, " + "), max, y, 0);
                        if (disj.inclN() >= ic && disj.covN() >= cc
                                && !subsumedAtLowerLevel(candidate, conjunctions)
                                && !subsumedAtLowerLevel(candidate, disjunctions)) {
                            disjunctions.add(candidate);
                            disjunctionResults.add(new Result(disj.term(), true, disj, null));
                            foundPreviousLevel = true;
                        }
                    } else {
                        SufficiencyFit conj = FitCalculator.sufficiency(name(data, candidate, "*"), min, y, 0);
                        if (conj.inclS() >= ic && conj.covS() >= cc
                                && !subsumedAtLowerLevel(candidate, conjunctions)) {
                            conjunctions.add(candidate);
                            conjunctionResults.add(new Result(conj.term(), false, null, conj));
                            foundPreviousLevel = true;
                        }
                    }
                }
            }
        }
        List<Result> results = new ArrayList<>(conjunctionResults);
        results.addAll(disjunctionResults);
        boolean necessity = relation == Relation.NECESSITY;
        if (results.isEmpty() && necessity) {
            // R's superSubset.R prints this message and returns NULL.
            throw new QcaException("There are no configurations, using these cutoff values.");
        }
        if (results.isEmpty()) {
            // R's message shows the cut-offs after subtracting the tolerance, rounded to 3 decimals.
            throw new QcaException("There are no combinations with incl.cut = " + rounded(ic)
                    + " and cov.cut = " + rounded(cc));
        }
        results.removeIf(r -> necessity ? r.necessity().RoN() < cutoffs.ronCut()
                : r.sufficiency().PRI() < cutoffs.priCut());
        if (results.isEmpty()) {
            throw new QcaException("There are no combinations with "
                    + (necessity ? "ron.cut = " + rounded(cutoffs.ronCut()) : "pri.cut = " + rounded(cutoffs.priCut())));
        }
        return results;
    }

    /** R's {@code round(x, 3)} as {@code paste} prints it (no trailing zeros). */
    private static String rounded(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_EVEN)
                .stripTrailingZeros().toPlainString();
    }

    private static boolean subsumedAtLowerLevel(Found candidate, List<Found> found) {
        for (Found f : found) {
            if (f.level() < candidate.level() && f.literalsWithin(candidate.conditions(), candidate.values())) {
                return true;
            }
        }
        return false;
    }

    private static String name(SetData data, Found expression, String separator) {
        StringBuilder name = new StringBuilder();
        for (int c = 0; c < expression.conditions().length; c++) {
            if (c > 0) {
                name.append(separator);
            }
            name.append(data.literalName(expression.conditions()[c], expression.values()[c]));
        }
        return name.toString();
    }
}
