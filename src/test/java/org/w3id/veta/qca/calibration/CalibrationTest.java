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

    @Test
    void badRequestsAreErrors() {
        assertThrows(QcaException.class, () -> Thresholds.parse("e=1,x=2,i=3"));
        assertThrows(QcaException.class, () -> Calibration.direct(X, Thresholds.parse("1,2"), DEFAULTS));
        assertThrows(QcaException.class, () -> Calibration.direct(X, Thresholds.parse("e=2,c=5,i=8"),
                new Calibration.DirectOptions(true, 0.4, false, 1, 1)));
        assertThrows(QcaException.class, () -> Calibration.crisp(X, Thresholds.parse("e=2,c=5,i=8")));
    }
}
