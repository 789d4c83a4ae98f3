package org.w3id.veta.qca.fit;

import java.util.ArrayList;
import java.util.List;

/**
 * The set-theoretic fit formulas of R's QCA (sections 3.4 and 4 of the reference notes). Sums run
 * left to right over cases in data order so that results match R's doubles. A ratio 0/0 is 0.
 */
public final class FitCalculator {

    /** Values below this are printed as 0 by R in single-set results. */
    public static final double ZERO_SINGLE = 1e-5;
    /** R zeroes per-model values below this when several models are reported (sic, a different threshold). */
    public static final double ZERO_PER_MODEL = 1e-4;

    private FitCalculator() {
    }

    /**
     * Sufficiency fit of each term, with {@code covU} relative to the other terms of the list
     * (null if there is only one term), zeroing values below {@code zeroBelow}.
     */
    public static List<SufficiencyFit> sufficiency(List<String> names, List<double[]> memberships, double[] y,
            double zeroBelow) {
        double sumY = sum(y);
        double[][] uniqueShares = memberships.size() > 1 ? sharedCoverage(memberships, y) : null;
        List<SufficiencyFit> fits = new ArrayList<>();
        for (int t = 0; t < memberships.size(); t++) {
            double[] x = memberships.get(t);
            Double covU = null;
            if (uniqueShares != null) {
                covU = zero(ratio(uniqueShares[0][t], sumY) - ratio(uniqueShares[1][t], sumY), zeroBelow);
            }
            fits.add(sufficiencyOf(names.get(t), x, y, sumY, covU, zeroBelow));
        }
        return fits;
    }

    /** Sufficiency fit of a single set (e.g. a whole model); covU is undefined there. */
    public static SufficiencyFit sufficiency(String name, double[] x, double[] y, double zeroBelow) {
        return sufficiencyOf(name, x, y, sum(y), null, zeroBelow);
    }

    private static SufficiencyFit sufficiencyOf(String name, double[] x, double[] y, double sumY, Double covU,
            double zeroBelow) {
        double sumX = 0;
        double sumXY = 0;
        double sumXYnotY = 0;
        for (int i = 0; i < x.length; i++) {
            sumX += x[i];
            double xy = Math.min(x[i], y[i]);
            sumXY += xy;
            sumXYnotY += Math.min(xy, 1 - y[i]);
        }
        double inclS = ratio(sumXY, sumX);
        double pri = ratio(sumXY - sumXYnotY, sumX - sumXYnotY);
        double covS = ratio(sumXY, sumY);
        return new SufficiencyFit(name, zero(inclS, zeroBelow), zero(pri, zeroBelow), zero(covS, zeroBelow), covU,
                null);
    }

    /**
     * For each term t: {@code Σ min(X_t, Y)} and the part of it shared with other terms,
     * {@code Σ min(min(X_t, Y), max_{u≠t} min(X_u, Y))}; covU is their difference over {@code Σ Y}.
     * The maximum over the other terms is the overall maximum, or the runner-up for the term holding it.
     */
    private static double[][] sharedCoverage(List<double[]> memberships, double[] y) {
        int terms = memberships.size();
        double[] own = new double[terms];
        double[] shared = new double[terms];
        double[] xy = new double[terms];
        for (int i = 0; i < y.length; i++) {
            double best = 0;
            double runnerUp = 0;
            int bestTerm = -1;
            for (int t = 0; t < terms; t++) {
                xy[t] = Math.min(memberships.get(t)[i], y[i]);
                if (bestTerm < 0 || xy[t] > best) {
                    runnerUp = bestTerm < 0 ? 0 : best;
                    best = xy[t];
                    bestTerm = t;
                } else if (xy[t] > runnerUp) {
                    runnerUp = xy[t];
                }
            }
            for (int t = 0; t < terms; t++) {
                own[t] += xy[t];
                shared[t] += Math.min(xy[t], t == bestTerm ? runnerUp : best);
            }
        }
        return new double[][] {own, shared};
    }

    /** Necessity fit as R's {@code pof} reports it: values below 1e-5 are zeroed. */
    public static NecessityFit necessity(String name, double[] x, double[] y) {
        return necessity(name, x, y, ZERO_SINGLE);
    }

    /** Necessity fit (inclN, RoN, covN), zeroing values below {@code zeroBelow} (0 keeps them all). */
    public static NecessityFit necessity(String name, double[] x, double[] y, double zeroBelow) {
        double sumX = 0;
        double sumY = 0;
        double sumXY = 0;
        double sumNotX = 0;
        double sumNotXY = 0;
        for (int i = 0; i < x.length; i++) {
            double xy = Math.min(x[i], y[i]);
            sumX += x[i];
            sumY += y[i];
            sumXY += xy;
            sumNotX += 1 - x[i];
            sumNotXY += 1 - xy;
        }
        return new NecessityFit(name, zero(ratio(sumXY, sumY), zeroBelow), zero(ratio(sumNotX, sumNotXY), zeroBelow),
                zero(ratio(sumXY, sumX), zeroBelow));
    }

    /** Union (element-wise maximum) of membership vectors. */
    public static double[] union(List<double[]> memberships, int caseCount) {
        double[] u = new double[caseCount];
        for (double[] m : memberships) {
            for (int i = 0; i < caseCount; i++) {
                u[i] = Math.max(u[i], m[i]);
            }
        }
        return u;
    }

    static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    static double ratio(double numerator, double denominator) {
        return denominator == 0 ? 0 : numerator / denominator;
    }

    private static double zero(double value, double below) {
        return Math.abs(value) < below ? 0 : value;
    }
}
