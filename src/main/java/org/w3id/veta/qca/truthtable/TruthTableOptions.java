package org.w3id.veta.qca.truthtable;

import java.util.List;
import org.w3id.veta.qca.QcaException;

/**
 * Cut-offs of R's {@code truthTable}. {@code inclCut1} decides OUT = 1; rows with inclusion in
 * {@code [inclCut0, inclCut1)} become contradictions (C). With {@code inclCut0 = 1} (R's default) there are none.
 * {@code sortBy} only affects display order (keys {@code incl}, {@code PRI}, {@code n}, {@code OUT}).
 */
public record TruthTableOptions(double inclCut1, double inclCut0, int nCut, double priCut, List<String> sortBy) {

    private static final List<String> SORT_KEYS = List.of("incl", "PRI", "n", "OUT");

    public TruthTableOptions {
        if (!(inclCut1 >= 0 && inclCut1 <= 1) || !(inclCut0 >= 0 && inclCut0 <= 1)) {
            throw new QcaException("incl.cut must be between 0 and 1");
        }
        if (nCut < 1) {
            throw new QcaException("n.cut must be at least 1, not " + nCut);
        }
        if (!(priCut >= 0 && priCut <= 1)) {
            throw new QcaException("pri.cut must be between 0 and 1");
        }
        sortBy = sortBy == null ? List.of() : List.copyOf(sortBy);
        for (String key : sortBy) {
            if (!SORT_KEYS.contains(key)) {
                throw new QcaException("cannot sort by '" + key + "' (use " + String.join(", ", SORT_KEYS) + ")");
            }
        }
    }

    /** R's defaults: incl.cut = 1, n.cut = 1, pri.cut = 0, no sorting. */
    public static TruthTableOptions defaults() {
        return new TruthTableOptions(1, 1, 1, 0, List.of());
    }

    /** Builds options from R-style {@code incl.cut} with one or two values. */
    public static TruthTableOptions of(double[] inclCut, int nCut, double priCut, List<String> sortBy) {
        if (inclCut.length < 1 || inclCut.length > 2) {
            throw new QcaException("incl.cut takes one or two values");
        }
        if (inclCut.length == 2 && inclCut[1] > inclCut[0]) {
            throw new QcaException("the second incl.cut value (" + inclCut[1]
                    + ", below which OUT is 0) cannot be greater than the first (" + inclCut[0] + ")");
        }
        // R's default for the second value is 1, which disables contradictions.
        return new TruthTableOptions(inclCut[0], inclCut.length == 2 ? inclCut[1] : 1.0, nCut, priCut, sortBy);
    }
}
