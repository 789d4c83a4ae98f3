package org.w3id.veta.qca.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.w3id.veta.qca.QcaException;

class CalibrationTest {

    private static final double[] X = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    private static final Calibration.DirectOptions DEFAULTS = Calibration.DirectOptions.defaults();

    @Test
    void crispCountsThresholdsAtOrBelowEachValue() {
        assertArrayEquals(new double[] {0, 0, 1, 1, 1, 2, 2, 2, 2, 2},
                Calibration.crisp(X, Thresholds.parse("6, 3")));
        assertThrows(QcaException.class, () -> Calibration.crisp(X, Thresholds.parse("11")));
    }

    @Test
    void logisticHitsCrossoverAndInclusionDegree() {
        double[] fs = Calibration.direct(new double[] {2, 5, 8}, Thresholds.parse("e=2, c=5, i=8"), DEFAULTS);
        assertEquals(0.05, fs[0], 1e-12);
        assertEquals(0.5, fs[1], 1e-12);
        assertEquals(0.95, fs[2], 1e-12);
        double[] custom = Calibration.direct(new double[] {8}, Thresholds.parse("e=2,c=5,i=8"),
                new Calibration.DirectOptions(true, 0.99, false, 1, 1));
        assertEquals(0.99, custom[0], 1e-12);
    }

    @Test
    void decreasingSetMirrorsTheIncreasingOne() {
        double[] up = Calibration.direct(X, Thresholds.parse("e=2,c=5,i=8"), DEFAULTS);
        double[] down = Calibration.direct(X, Thresholds.parse("e=8,c=5,i=2"), DEFAULTS);
        for (int k = 0; k < X.length; k++) {
            assertEquals(up[k], 1 - down[k], 1e-12);
        }
    }

    @Test
    void linearSShapeAndClamping() {
        double[] fs = Calibration.direct(X, Thresholds.parse("e=2,c=5,i=8"),
                new Calibration.DirectOptions(false, 0.95, false, 1, 1));
        assertArrayEquals(new double[] {0, 0, 1.0 / 6, 1.0 / 3, 0.5, 2.0 / 3, 5.0 / 6, 1, 1, 1}, fs, 1e-12);
    }

    @Test
    void trapezoidWithSixThresholds() {
        double[] fs = Calibration.direct(X, Thresholds.parse("e1=1,c1=2,i1=3,i2=6,c2=8,e2=10"),
                new Calibration.DirectOptions(true, 0.95, false, 1, 1));
        assertArrayEquals(new double[] {0, 0.5, 1, 1, 1, 1, 0.75, 0.5, 0.25, 0}, fs, 1e-12);
    }

    @Test
    void totallyFuzzyRelative() {
        double[] fs = Calibration.totallyFuzzyRelative(new double[] {1, 2, 3, 4, 5});
        assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1}, fs, 1e-12);
    }

    @Test
    void indirectIsMonotoneBetweenZeroAndOne() {
        double[] raw = {100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200};
        double[] fs = Calibration.indirect(raw, Thresholds.parse("300, 600, 900"));
        for (int k = 0; k < fs.length; k++) {
            assertTrue(fs[k] >= 0 && fs[k] <= 1);
            assertEquals(fs[k], Math.round(fs[k] * 1e6) / 1e6, 0, "rounded to 6 decimals");
        }
        assertTrue(fs[0] < fs[5] && fs[5] < fs[11]);
    }

    /** Hand-computed from R QCA 3.25 calibrate.R: fs = 1 / (1 + exp(-(x - c) * log(idm / (1 - idm)) / (t - c))). */
    @Test
    void logisticMatchesHandComputedValues() {
        double[] fs = Calibration.direct(new double[] {6.5, 3}, Thresholds.parse("e=2,c=5,i=8"), DEFAULTS);
        assertEquals(0.8133945031366292, fs[0], 1e-15);
        assertEquals(0.12314713802987556, fs[1], 1e-15);
        double[] strict = Calibration.direct(new double[] {3.5}, Thresholds.parse("e=2,c=5,i=8"),
                new Calibration.DirectOptions(true, 0.99, false, 1, 1));
        assertEquals(0.09132524868434898, strict[0], 1e-15);
    }

    /** R QCA 3.25 calibrate.R: ((e - x)/(e - c))^below / 2 below c, 1 - ((i - x)/(i - c))^above / 2 above. */
    @Test
    void sShapeExponents() {
        double[] fs = Calibration.direct(new double[] {3, 7}, Thresholds.parse("e=2,c=5,i=8"),
                new Calibration.DirectOptions(false, 0.95, false, 2, 0.5));
        assertEquals(0.05555555555555555, fs[0], 1e-15);
        assertEquals(0.7113248654051871, fs[1], 1e-15);
    }

    /** R's all.equal (relative tolerance 1.5e-8, bound included) makes values a hair above a threshold "equal". */
    @Test
    void atMostUsesAllEqualTolerance() {
        assertTrue(Calibration.atMost(5 * (1 + 1e-9), 5));
        assertTrue(Calibration.atMost(1e-9, 0));
        assertTrue(!Calibration.atMost(5 * (1 + 1e-7), 5));
    }

    /**
     * R QCA 3.25 calibrate.R, ecdf = TRUE: Fn is the ECDF of the values within [min, max] of the thresholds;
     * Fn(x)/Fn(c)/2 below c and 1 - (1 - Fn(x))/(1 - Fn(c))/2 above. Here Fn(3) = 2/7, Fn(5) = 4/7, Fn(7) = 6/7.
     */
    @Test
    void empiricalCdfCalibration() {
        double[] fs = Calibration.direct(X, Thresholds.parse("e=2,c=5,i=8"),
                new Calibration.DirectOptions(false, 0.95, true, 1, 1));
        assertEquals(0.25, fs[2], 1e-15);
        assertEquals(1 - 1.0 / 6, fs[6], 1e-15);
    }

    /** R's x[-which(x < min)] is empty when no value lies below the thresholds, and ecdf() then stops. */
    @Test
    void empiricalCdfNeedsValuesOutsideTheThresholds() {
        assertThrows(QcaException.class, () -> Calibration.direct(X, Thresholds.parse("e=1,c=5,i=8"),
                new Calibration.DirectOptions(false, 0.95, true, 1, 1)));
    }

    /** R checks equal thresholds only for 6 thresholds; with 3 it computes (logistic) or merely warns (s-shape). */
    @Test
    void equalThresholdsAreNoErrorWithThree() {
        double[] logistic = Calibration.direct(new double[] {4, 5, 6}, Thresholds.parse("e=5,c=5,i=8"), DEFAULTS);
        assertEquals(1, logistic[0], 0, "zero-width lower side: exp(-Inf) = 0");
        assertEquals(0.5, logistic[1], 0);
        Calibration.direct(X, Thresholds.parse("e=5,c=5,i=8"), new Calibration.DirectOptions(false, 0.95, false, 1, 1));
        assertThrows(QcaException.class, () -> Calibration.direct(X, Thresholds.parse("1,2,2,6,8,10"), DEFAULTS));
    }

    /** R reorders named thresholds only when the names are exactly e, c, i; otherwise it goes by position. */
    @Test
    void unknownThresholdNamesFallBackToPosition() {
        assertArrayEquals(new double[] {1, 2, 3}, Thresholds.parse("e=1,x=2,i=3").values());
        assertArrayEquals(new double[] {1, 2, 3}, Thresholds.parse("i=3,c=2,e=1").values());
    }

    /** R: NA stays NA in the vectorised logistic formula and in TFR; the if-based methods stop on it. */
    @Test
    void missingValues() {
        double[] x = {2, Double.NaN, 8};
        double[] fs = Calibration.direct(x, Thresholds.parse("e=2,c=5,i=8"), DEFAULTS);
        assertTrue(Double.isNaN(fs[1]));
        assertEquals(0.95, fs[2], 1e-12);
        assertTrue(Double.isNaN(Calibration.totallyFuzzyRelative(new double[] {1, Double.NaN, 3})[1]));
        assertThrows(QcaException.class, () -> Calibration.crisp(x, Thresholds.parse("5")));
        assertThrows(QcaException.class, () -> Calibration.direct(x, Thresholds.parse("e=2,c=5,i=8"),
                new Calibration.DirectOptions(false, 0.95, false, 1, 1)));
    }

    @Test
    void badRequestsAreErrors() {
        assertThrows(QcaException.class, () -> Calibration.direct(X, Thresholds.parse("1,2"), DEFAULTS));
        assertThrows(QcaException.class, () -> Calibration.direct(X, Thresholds.parse("e=2,c=5,i=8"),
                new Calibration.DirectOptions(true, 0.4, false, 1, 1)));
        assertThrows(QcaException.class, () -> Calibration.crisp(X, Thresholds.parse("e=2,c=5,i=8")));
    }
}
