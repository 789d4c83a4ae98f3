package org.w3id.veta.qca.truthtable;

import java.util.List;
import org.w3id.veta.qca.QcaException;

/**
 * Arguments of R's {@code truthTable}. {@code inclCut1} decides OUT = 1; rows with inclusion in
 * {@code [inclCut0, inclCut1)} become contradictions (C). With {@code inclCut0 = 1} (R's default) there are none.
 * {@code sortBy} only affects display order. {@code exclude} (R's {@code exclude}: row numbers or an expression
 * whose remainders are meant) sets OUT = 0 on those rows, so that minimisation cannot use them; null for none.
 * {@code useLetters} (R's {@code use.letters}) names the conditions A, B, C … in the results.
 * {@code binomialAlpha} (R's {@code inf.test = c("binom", alpha)}; null for none) decides OUT by binomial tests.
 */
public record TruthTableOptions(double inclCut1, double inclCut0, int nCut, double priCut, List<SortKey> sortBy,
        String exclude, boolean useLetters, Double binomialAlpha) {

    public TruthTableOptions {
        // R's verify.tt checks only the inclusion cut-offs; pri.cut and n.cut are taken as they come.
        if (!(inclCut1 >= 0 && inclCut1 <= 1) || !(inclCut0 >= 0 && inclCut0 <= 1)) {
            throw new QcaException("The inclusion cut-off(s) should be bound to the interval [0, 1].");
        }
        sortBy = sortBy == null ? List.of() : List.copyOf(sortBy);
        if (binomialAlpha != null && !(binomialAlpha >= 0 && binomialAlpha <= 1)) {
            throw new QcaException("The second value of inf.test should be a number between 0 and 1.");
        }
    }

    /** R's defaults: incl.cut = 1, n.cut = 1, pri.cut = 0, no sorting, nothing excluded. */
    public static TruthTableOptions defaults() {
        return new TruthTableOptions(1, 1, 1, 0, List.of(), null, false, null);
    }

    /**
     * Builds options from R-style {@code incl.cut} with one or two values; {@code sortBy} keys are decreasing
     * unless prefixed with "-" (see {@link SortKey#parse}).
     */
    public static TruthTableOptions of(double[] inclCut, int nCut, double priCut, List<String> sortBy) {
        if (inclCut.length < 1 || inclCut.length > 2) {
            throw new QcaException("incl.cut takes one or two values");
        }
        // R's default for the second value is 1, which disables contradictions.
        return new TruthTableOptions(inclCut[0], inclCut.length == 2 ? inclCut[1] : 1.0, nCut, priCut,
                SortKey.of(sortBy, List.of()), null, false, null);
    }

    public TruthTableOptions withSortBy(List<SortKey> keys) {
        return new TruthTableOptions(inclCut1, inclCut0, nCut, priCut, keys, exclude, useLetters, binomialAlpha);
    }

    public TruthTableOptions withExclude(String rowsOrExpression) {
        return new TruthTableOptions(inclCut1, inclCut0, nCut, priCut, sortBy, rowsOrExpression, useLetters,
                binomialAlpha);
    }

    public TruthTableOptions withLetters(boolean letters) {
        return new TruthTableOptions(inclCut1, inclCut0, nCut, priCut, sortBy, exclude, letters, binomialAlpha);
    }

    /** R's {@code inf.test = c("binom", alpha)}; R's default alpha is 0.05. */
    public TruthTableOptions withBinomialTest(Double alpha) {
        return new TruthTableOptions(inclCut1, inclCut0, nCut, priCut, sortBy, exclude, useLetters, alpha);
    }
}
