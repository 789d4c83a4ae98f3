package org.w3id.veta.qca.calibration;

import java.util.Arrays;
import org.w3id.veta.qca.QcaException;

/**
 * R's {@code calibrate}: crisp (thresholds), fuzzy direct (logistic, s-shaped with exponents, empirical
 * CDF, bell/trapezoid with 6 thresholds), fuzzy indirect (see {@link IndirectCalibration}) and TFR.
 * Results are not rounded, except that direct fuzzy scores below 0.0001 / above 0.9999 become 0 / 1.
 */
public final class Calibration {

    /** R's all.equal tolerance, used for the "less than or equal" tests of the s-shaped functions. */
    private static final double ALL_EQUAL = 1.5e-8;

    /** Options of the direct fuzzy method: R's {@code logistic}, {@code idm}, {@code ecdf}, {@code below}, {@code above}. */
    public record DirectOptions(boolean logistic, double idm, boolean ecdf, double below, double above) {
        public static DirectOptions defaults() {
            return new DirectOptions(true, 0.95, false, 1, 1);
        }
    }

    private Calibration() {
    }

    /** Crisp: the number of thresholds {@code <= x}, so 1 threshold gives 0/1, 2 give 0/1/2. */
    public static double[] crisp(double[] x, Thresholds thresholds) {
        rejectMissing(x);
        double[] sorted = thresholds.values().clone();
        Arrays.sort(sorted);
        double min = Arrays.stream(x).min().orElse(0);
        double max = Arrays.stream(x).max().orElse(0);
        if (sorted[0] < min || sorted[sorted.length - 1] > max) {
            throw new QcaException("Threshold value(s) outside the range of x (" + min + " to " + max + ").");
        }
        if (thresholds.named()) {
            throw new QcaException("Named thresholds require fuzzy type calibration.");
        }
        double[] result = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            int below = 0;
            while (below < sorted.length && sorted[below] <= x[i]) {
                below++;
            }
            result[i] = below;
        }
        return result;
    }

    /** Fuzzy, direct method with 3 thresholds (e, c, i) or 6 (e1, c1, i1, i2, c2, e2). */
    public static double[] direct(double[] x, Thresholds thresholds, DirectOptions options) {
        // Checks in R's order (calibrate.R): number of thresholds, idm, then the shape-specific ones.
        double[] t = thresholds.values();
        if (t.length != 3 && t.length != 6) {
            throw new QcaException("For fuzzy direct calibration, there should be either 3 or 6 thresholds.");
        }
        if (options.idm() <= 0.5 || options.idm() >= 1) {
            throw new QcaException("The inclusion degree of membership has to be bigger than 0.5 and less than 1.");
        }
        double[] fs;
        if (t.length == 3 && options.logistic()) {
            // R does not check for equal thresholds here: a zero-width side gives 0/1 through IEEE infinities.
            // A missing value (NaN) simply stays missing, as NA does in R's vectorised formula.
            fs = logistic(x, t[0], t[1], t[2], options.idm());
        } else if (t.length == 3) {
            rejectMissing(x);
            // Equal thresholds only make R warn ("Some thresholds equal, that should not be equal.").
            checkExponents(options.below(), options.above());
            fs = sShape(x, t, options);
        } else {
            rejectMissing(x);
            fs = bell(x, t, options.below(), options.above());
        }
        for (int i = 0; i < fs.length; i++) {
            fs[i] = fs[i] < 0.0001 ? 0 : fs[i] > 0.9999 ? 1 : fs[i];
        }
        return fs;
    }

    private static double[] logistic(double[] x, double e, double c, double i, double idm) {
        double slope = Math.log(idm / (1 - idm));
        double low = Math.min(e, i);
        double high = Math.max(e, i);
        double[] fs = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            double value = x[k] < c
                    ? 1 / (1 + Math.exp((x[k] - c) * slope / (low - c)))
                    : 1 / (1 + Math.exp(-(x[k] - c) * slope / (high - c)));
            fs[k] = e > i ? 1 - value : value;
        }
        return fs;
    }

    /** Non-logistic s-shape (3 thresholds), optionally with the empirical CDF instead of power curves. */
    private static double[] sShape(double[] x, double[] t, DirectOptions options) {
        double e = t[0];
        double c = t[1];
        double i = t[2];
        boolean increasing = !(i < c && c < e);
        EmpiricalCdf cdf = options.ecdf() ? EmpiricalCdf.within(x, Math.min(e, i), Math.max(e, i)) : null;
        double below = options.below();
        double above = options.above();
        double[] fs = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            double v = x[k];
            if (increasing) {
                if (atMost(v, e)) {
                    fs[k] = 0;
                } else if (atMost(v, c)) {
                    fs[k] = cdf != null ? cdf.at(v) / cdf.at(c) / 2 : Math.pow((e - v) / (e - c), below) / 2;
                } else if (atMost(v, i)) {
                    fs[k] = cdf != null ? 1 - (1 - cdf.at(v)) / (1 - cdf.at(c)) / 2
                            : 1 - Math.pow((i - v) / (i - c), above) / 2;
                } else {
                    fs[k] = 1;
                }
            } else {
                if (atMost(v, i)) {
                    fs[k] = 1;
                } else if (atMost(v, c)) {
                    fs[k] = cdf != null ? 1 - cdf.at(v) / cdf.at(c) / 2 : 1 - Math.pow((i - v) / (i - c), above) / 2;
                } else if (atMost(v, e)) {
                    fs[k] = cdf != null ? (1 - cdf.at(v)) / (1 - cdf.at(c)) / 2
                            : Math.pow((e - v) / (e - c), below) / 2;
                } else {
                    fs[k] = 0;
                }
            }
        }
        return fs;
    }

    /** Six thresholds: a trapezoid/bell (e1 c1 i1 i2 c2 e2 increasing) or its inverse. */
    private static double[] bell(double[] x, double[] t, double below, double above) {
        double e1 = t[0];
        double c1 = t[1];
        double i1 = t[2];
        double i2 = t[3];
        double c2 = t[4];
        double e2 = t[5];
        if (c1 < Math.min(e1, i1) || c1 > Math.max(e1, i1)) {
            throw new QcaException("First crossover threshold not between first exclusion and inclusion thresholds.");
        }
        if (c2 < Math.min(e2, i2) || c2 > Math.max(e2, i2)) {
            throw new QcaException("Second crossover threshold not between second exclusion and inclusion thresholds.");
        }
        boolean inverse = i1 < c1 && c1 < e1 && e1 <= e2 && e2 < c2 && c2 < i2;
        boolean someEqual = e1 == c1 || c1 == i1 || e1 == i1 || i2 == c2 || c2 == e2 || i2 == e2 || c1 == c2
                || (inverse ? i1 == i2 : e1 == e2);
        if (someEqual) {
            throw new QcaException("Some thresholds equal, that should not be equal.");
        }
        checkExponents(below, above);
        double[] fs = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            double v = x[k];
            if (!inverse) {
                if (atMost(v, e1)) {
                    fs[k] = 0;
                } else if (atMost(v, c1)) {
                    fs[k] = Math.pow((e1 - v) / (e1 - c1), below) / 2;
                } else if (v < i1) {
                    fs[k] = 1 - Math.pow((i1 - v) / (i1 - c1), above) / 2;
                } else if (atMost(v, i2)) {
                    fs[k] = 1;
                } else if (atMost(v, c2)) {
                    fs[k] = 1 - Math.pow((i2 - v) / (i2 - c2), above) / 2;
                } else if (atMost(v, e2)) {
                    fs[k] = Math.pow((e2 - v) / (e2 - c2), below) / 2;
                } else {
                    fs[k] = 0;
                }
            } else {
                if (atMost(v, i1)) {
                    fs[k] = 1;
                } else if (atMost(v, c1)) {
                    fs[k] = 1 - Math.pow((i1 - v) / (i1 - c1), above) / 2;
                } else if (v < e1) {
                    fs[k] = Math.pow((e1 - v) / (e1 - c1), below) / 2;
                } else if (atMost(v, e2)) {
                    fs[k] = 0;
                } else if (atMost(v, c2)) {
                    fs[k] = Math.pow((e2 - v) / (e2 - c2), below) / 2;
                } else if (atMost(v, i2)) {
                    fs[k] = 1 - Math.pow((i2 - v) / (i2 - c2), above) / 2;
                } else {
                    fs[k] = 1;
                }
            }
        }
        return fs;
    }

    /**
     * R's crisp, s-shaped and bell calibrations compare each value in an {@code if}, which stops on NA with
     * this message; the indirect method cannot fit its model either.
     */
    private static void rejectMissing(double[] x) {
        if (Arrays.stream(x).anyMatch(Double::isNaN)) {
            throw new QcaException("missing value where TRUE/FALSE needed (the column has missing values)");
        }
    }

    private static void checkExponents(double below, double above) {
        if (above <= 0 || below <= 0) {
            throw new QcaException("Arguments <above> and <below> should be positive.");
        }
    }

    /**
     * R's {@code x < t | all.equal(x, t)}. all.equal.numeric compares relative to {@code |x|} when that exceeds the
     * tolerance, absolutely otherwise, and accepts a difference equal to the tolerance.
     */
    static boolean atMost(double x, double t) {
        if (x < t) {
            return true;
        }
        double scale = Math.abs(x);
        double difference = Math.abs(x - t);
        return scale > ALL_EQUAL ? difference / scale <= ALL_EQUAL : difference <= ALL_EQUAL;
    }

    /** Fuzzy, indirect method (Ragin 2008): a fractional-polynomial logit fitted to threshold categories. */
    public static double[] indirect(double[] x, Thresholds thresholds) {
        rejectMissing(x);
        return IndirectCalibration.calibrate(x, thresholds.values());
    }

    /**
     * Totally fuzzy and relative: {@code max(0, (E(x) - E(1)) / (1 - E(1)))} with E the empirical CDF of x.
     * Like R's ecdf, E ignores missing values, and a missing value stays missing.
     */
    public static double[] totallyFuzzyRelative(double[] x) {
        EmpiricalCdf cdf = new EmpiricalCdf(Arrays.stream(x).filter(v -> !Double.isNaN(v)).toArray());
        double atOne = cdf.at(1);
        double[] fs = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            fs[k] = Double.isNaN(x[k]) ? Double.NaN : Math.max(0, (cdf.at(x[k]) - atOne) / (1 - atOne));
        }
        return fs;
    }

    /** R's {@code ecdf}: the share of sample values {@code <= t}. */
    static final class EmpiricalCdf {
        private final double[] sorted;

        EmpiricalCdf(double[] sample) {
            this.sorted = sample.clone();
            Arrays.sort(sorted);
        }

        /**
         * The sample restricted to [min, max], as R's calibrate.R builds it: {@code x[-which(x < min)]}, then the
         * same for {@code > max}. When one of the two {@code which} is empty, R's negative indexing leaves no value
         * at all and {@code ecdf} stops, so that is an error here too.
         */
        static EmpiricalCdf within(double[] x, double min, double max) {
            boolean someBelow = Arrays.stream(x).anyMatch(v -> v < min);
            boolean someAbove = Arrays.stream(x).anyMatch(v -> v > max);
            double[] inside = Arrays.stream(x).filter(v -> v >= min && v <= max).toArray();
            if (!someBelow || !someAbove || inside.length == 0) {
                throw new QcaException("'x' must have 1 or more non-missing values (R's ecdf calibration needs "
                        + "values below the lowest and above the highest threshold)");
            }
            return new EmpiricalCdf(inside);
        }

        double at(double t) {
            int count = 0;
            while (count < sorted.length && sorted[count] <= t) {
                count++;
            }
            return (double) count / sorted.length;
        }
    }
}
