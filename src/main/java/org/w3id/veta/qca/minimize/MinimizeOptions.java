package org.w3id.veta.qca.minimize;

import java.util.List;
import org.w3id.veta.qca.QcaException;
import org.w3id.veta.qca.expression.ExpressionLists;

/**
 * Options of R's {@code minimize}. {@code includeRemainders} gives the parsimonious solution
 * (include = "?"), {@code includeContradictions} uses C rows as don't cares (include = "C").
 * Directional expectations (R's {@code dir.exp}, e.g. {@code DEV}, {@code ~URB}, {@code LIT*~IND}, "-" for
 * none) request intermediate solutions; they need {@code includeRemainders}. {@code solutionCoverage} (R's
 * {@code sol.cov}) only decides the printed arrow: {@code <->} for models whose coverage reaches it.
 */
public record MinimizeOptions(boolean includeRemainders, boolean includeContradictions,
        List<String> directionalExpectations, boolean rowDominance, boolean allSolutions, double solutionCoverage) {

    public MinimizeOptions {
        directionalExpectations = directionalExpectations == null ? List.of() : List.copyOf(directionalExpectations);
    }

    /** With R's default {@code sol.cov = 1}. */
    public MinimizeOptions(boolean includeRemainders, boolean includeContradictions,
            List<String> directionalExpectations, boolean rowDominance, boolean allSolutions) {
        this(includeRemainders, includeContradictions, directionalExpectations, rowDominance, allSolutions, 1);
    }

    public static MinimizeOptions conservative() {
        return new MinimizeOptions(false, false, List.of(), false, false);
    }

    public static MinimizeOptions parsimonious() {
        return new MinimizeOptions(true, false, List.of(), false, false);
    }

    /** Parses R's {@code include} argument: a comma-separated subset of {@code ?} and {@code C}. */
    public static boolean[] parseInclude(String include) {
        boolean[] flags = new boolean[2];
        for (String item : ExpressionLists.split(include)) {
            switch (item) {
                case "?" -> flags[0] = true;
                case "C" -> flags[1] = true;
                default -> throw new QcaException("Only the remainders and/or the contradictions can be included "
                        + "in the minimization (include takes ? and/or C, not '" + item + "').");
            }
        }
        return flags;
    }

    public boolean wantsIntermediate() {
        return !directionalExpectations.isEmpty();
    }
}
