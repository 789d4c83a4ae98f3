package org.w3id.veta.qca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.veta.qca.data.DataMatrix;
import org.w3id.veta.qca.truthtable.OutputValue;
import org.w3id.veta.qca.truthtable.TruthTable;
import org.w3id.veta.qca.truthtable.TruthTableOptions;

class TruthTableTest {

    private static final List<String> FOUR = List.of("DEV", "URB", "LIT", "IND");

    @Test
    void secondInclusionCutOffMarksContradictions() {
        TruthTable table = Qca.truthTable(TestData.lipsetMultiValue(), "SURV", FOUR,
                TruthTableOptions.of(new double[] {1, 0.5}, 1, 0, List.of()));
        assertEquals(OutputValue.CONTRADICTION, table.row(16).out());
        assertEquals(OutputValue.ZERO, table.row(12).out());
    }

    @Test
    void defaultCutOffsTurnCrispContradictionsIntoZero() {
        TruthTable table = Qca.truthTable(TestData.lipsetMultiValue(), "SURV", FOUR, TruthTableOptions.defaults());
        assertEquals(OutputValue.ZERO, table.row(16).out());
        assertEquals(0.5, table.row(16).incl(), 1e-12);
        assertEquals(24, table.rows().size(), "with up to 7 conditions all 3*2*2*2 rows are stored");
        assertNull(table.row(2).incl());
    }

    @Test
    void rowsBelowTheFrequencyCutOffBecomeRemaindersButKeepTheirScores() {
        TruthTable table = Qca.truthTable(TestData.lipsetMultiValue(), "SURV", FOUR,
                TruthTableOptions.of(new double[] {1}, 2, 0, List.of()));
        assertEquals(OutputValue.REMAINDER, table.row(12).out());
        assertEquals(1, table.row(12).n());
        assertEquals(0.0, table.row(12).incl(), 1e-12);
    }

    @Test
    void priCutOffCanForceZero() {
        DataMatrix fuzzy = TestData.of("A,Y", new double[] {0.8, 0.7}, new double[] {0.9, 0.6},
                new double[] {0.2, 0.3});
        TruthTable lenient = Qca.truthTable(fuzzy, "Y", List.of(), TruthTableOptions.of(new double[] {0.7}, 1, 0, List.of()));
        TruthTable strict = Qca.truthTable(fuzzy, "Y", List.of(), TruthTableOptions.of(new double[] {0.7}, 1, 0.9, List.of()));
        assertEquals(OutputValue.ONE, lenient.row(2).out());
        assertEquals(OutputValue.ZERO, strict.row(2).out());
    }

    @Test
    void caseWithHalfMembershipBelongsToNoRow() {
        DataMatrix data = TestData.of("A,B,Y", new double[] {0.5, 0.8, 1}, new double[] {0.9, 0.8, 1},
                new double[] {0.1, 0.2, 0});
        TruthTable table = Qca.truthTable(data, "Y", List.of(), TruthTableOptions.defaults());
        assertEquals(0, table.row(2).n(), "case 1 makes row 2 (A=0,B=1) observed without counting in it");
        assertEquals(List.of(), table.row(2).cases());
        assertEquals(List.of("2"), table.row(4).cases());
    }

    @Test
    void sortingIsStableAndDecreasing() {
        TruthTable table = Qca.truthTable(TestData.lipsetMultiValue(), "SURV", FOUR,
                TruthTableOptions.of(new double[] {1}, 1, 0, List.of("incl", "n")));
        assertEquals(List.of(24, 11, 20, 16, 1, 3, 12), table.printOrder());
    }

    /** R QCA 3.25 truthTable.R, sort.by with decreasing = FALSE (here the "-" prefix): stable, ascending. */
    @Test
    void ascendingSortKeysAndConditionColumns() {
        TruthTable table = Qca.truthTable(TestData.lipsetMultiValue(), "SURV", FOUR,
                TruthTableOptions.of(new double[] {1}, 1, 0, List.of("-incl", "n")));
        assertEquals(List.of(1, 3, 12, 16, 24, 11, 20), table.printOrder());
        TruthTable byCondition = Qca.truthTable(TestData.lipsetMultiValue(), "SURV", FOUR,
                TruthTableOptions.of(new double[] {1}, 1, 0, List.of("URB", "NOT_A_COLUMN")));
        assertEquals(List.of(16, 24, 1, 3, 11, 12, 20), byCondition.printOrder(),
                "decreasing URB, ties by row; unknown keys are ignored as in R");
    }

    /** R QCA 3.25 truthTable.R: exclude = row numbers sets OUT = 0 (observed rows too); an expression means remainders. */
    @Test
    void excludedRowsGetOutZero() {
        TruthTableOptions rows = TruthTableOptions.defaults().withExclude("2, 24, 999");
        TruthTable table = Qca.truthTable(TestData.lipsetMultiValue(), "SURV", FOUR, rows);
        assertEquals("0", table.row(2).out().symbol());
        assertEquals(null, table.row(2).incl());
        assertEquals("0", table.row(24).out().symbol());
        assertEquals(3, table.row(24).n(), "an observed row keeps its n");
        TruthTable byExpression = Qca.truthTable(TestData.lipsetMultiValue(), "SURV", FOUR,
                TruthTableOptions.defaults().withExclude("DEV[2]*URB[0]"));
        // DEV=2, URB=0 covers rows 17..20; row 20 is observed and stays as it was.
        assertEquals(List.of("0", "0", "0", "1"), List.of(17, 18, 19, 20).stream()
                .map(i -> byExpression.row(i).out().symbol()).toList());
    }

    /**
     * R QCA 3.25 truthTable.R, inf.test = c("binom", alpha): p = binom.test(round(n * incl), n, incl.cut,
     * "greater")$p.value; here rows 24 (3 of 3) and 11 (2 of 2) against 0.6: 0.6^3 = 0.216, 0.6^2 = 0.36.
     */
    @Test
    void binomialInferenceDecidesOut() {
        TruthTable table = Qca.truthTable(TestData.lipsetMultiValue(), "SURV", FOUR,
                TruthTableOptions.of(new double[] {0.6, 0.3}, 1, 0, List.of()).withBinomialTest(0.25));
        assertEquals(0.216, table.pValues(24)[0], 1e-12);
        assertEquals(0.36, table.pValues(11)[0], 1e-12);
        assertEquals(0.09, table.pValues(11)[1], 1e-12);
        assertEquals("1", table.row(24).out().symbol());
        assertEquals("C", table.row(11).out().symbol(), "fails at 0.6 but passes at 0.3");
        assertEquals("0", table.row(1).out().symbol());
        assertThrows(QcaException.class, () -> Qca.truthTable(TestData.of("A,Y", new double[] {0.2, 1},
                new double[] {0.8, 0}), "Y", List.of(), TruthTableOptions.defaults().withBinomialTest(0.05)));
    }

    @Test
    void impossibleCutOffsAreErrors() {
        QcaException range = assertThrows(QcaException.class,
                () -> TruthTableOptions.of(new double[] {1.2}, 1, 0, List.of()));
        assertEquals("The inclusion cut-off(s) should be bound to the interval [0, 1].", range.getMessage());
        // R accepts a second cut-off above the first (no row can then be C) and any pri.cut.
        TruthTableOptions.of(new double[] {0.6, 0.8}, 1, 1.5, List.of());
        QcaException error = assertThrows(QcaException.class, () -> Qca.truthTable(TestData.quine(), "OUT",
                List.of(), TruthTableOptions.of(new double[] {1}, 5, 0, List.of())));
        assertEquals("There are no configurations, using these cutoff values.", error.getMessage());
    }

    @Test
    void unknownColumnsAreErrors() {
        assertThrows(QcaException.class, () -> Qca.truthTable(TestData.quine(), "NOPE", List.of(),
                TruthTableOptions.defaults()));
        assertThrows(QcaException.class, () -> Qca.truthTable(TestData.quine(), "OUT", List.of("P", "X"),
                TruthTableOptions.defaults()));
    }
}
