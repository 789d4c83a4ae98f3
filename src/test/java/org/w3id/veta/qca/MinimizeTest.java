package org.w3id.veta.qca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3id.veta.qca.minimize.Minimization;
import org.w3id.veta.qca.minimize.MinimizeOptions;
import org.w3id.veta.qca.minimize.Model;
import org.w3id.veta.qca.truthtable.TruthTable;
import org.w3id.veta.qca.truthtable.TruthTableOptions;

class MinimizeTest {

    private static TruthTable table(org.w3id.veta.qca.data.DataMatrix data, String outcome, double... inclCut) {
        return Qca.truthTable(data, outcome, List.of(),
                TruthTableOptions.of(inclCut.length == 0 ? new double[] {1} : inclCut, 1, 0, List.of()));
    }

    @Test
    void quineCyclicChartHasTwoMinimalModelsAndNoEssentialPi() {
        Minimization result = Qca.minimize(table(TestData.quine(), "OUT"), MinimizeOptions.conservative());

        List<Model> models = result.solution().models();
        assertEquals(2, models.size());
        assertEquals(List.of("~P*Q", "P*~R", "~Q*R"), models.get(0).terms());
        assertEquals(List.of("~P*R", "P*~Q", "Q*~R"), models.get(1).terms());
        assertTrue(result.solution().essential().isEmpty());
        assertEquals(6, result.solution().allPiFit().size());
    }

    @Test
    void allSolutionsAddsTheIrredundantButLongerModels() {
        MinimizeOptions allSol = new MinimizeOptions(false, false, List.of(), false, true);
        List<Model> models = Qca.minimize(table(TestData.quine(), "OUT"), allSol).solution().models();

        assertEquals(5, models.size(), "2 models of 3 PIs and 3 of 4 PIs");
        assertEquals(Set.of("~P*Q", "P*~R", "~Q*R"), Set.copyOf(models.get(0).terms()));
        assertEquals(4, models.get(4).terms().size());
    }

    @Test
    void multiValueConditionsUseBracketNotation() {
        Minimization result = Qca.minimize(
                Qca.truthTable(TestData.lipsetMultiValue(), "SURV", List.of("DEV", "URB", "LIT", "IND"),
                        TruthTableOptions.defaults()),
                MinimizeOptions.conservative());

        assertEquals(List.of("DEV[2]*LIT[1]*IND[1]", "DEV[1]*URB[0]*LIT[1]*IND[0]"),
                result.solution().models().get(0).terms());
    }

    @Test
    void parsimoniousSolutionOfMultiValueData() {
        Minimization result = Qca.minimize(
                Qca.truthTable(TestData.lipsetMultiValue(), "SURV", List.of("DEV", "URB", "LIT", "IND"),
                        TruthTableOptions.defaults()),
                MinimizeOptions.parsimonious());

        assertEquals(Set.of("DEV[2]", "DEV[1]*IND[0]"), Set.copyOf(result.solution().models().get(0).terms()));
        assertTrue(result.simplifyingAssumptions().get(0).rows().contains(17), "row 17 (DEV[2], all 0) is assumed");
    }

    @Test
    void negatedOutcomeIsExplainedByTheComplement() {
        Minimization result = Qca.minimize(table(TestData.lipsetMultiValue(), "~SURV"), MinimizeOptions.parsimonious());
        double[] fit = {result.solution().models().get(0).fit().inclS(), result.solution().models().get(0).fit().covS()};
        assertEquals(1.0, fit[0], 1e-12);
        assertEquals(1.0, fit[1], 1e-12);
    }

    @Test
    void nothingToExplainIsAnError() {
        TruthTable noPositive = table(TestData.of("A,B,Y", new double[] {0, 1, 0}, new double[] {1, 1, 0}), "Y");
        QcaException error = assertThrows(QcaException.class,
                () -> Qca.minimize(noPositive, MinimizeOptions.conservative()));
        assertTrue(error.getMessage().startsWith("None of the values in OUT is explained"));
    }

    @Test
    void parsimoniousWithoutNegativeRowsIsAnError() {
        TruthTable allPositive = table(TestData.quine(), "OUT");
        QcaException error = assertThrows(QcaException.class,
                () -> Qca.minimize(allPositive, MinimizeOptions.parsimonious()));
        assertTrue(error.getMessage().startsWith("All truth table configurations are used"));
    }

    @Test
    void directionalExpectationsNeedRemainders() {
        MinimizeOptions options = new MinimizeOptions(false, false, List.of("P"), false, false);
        assertThrows(QcaException.class, () -> Qca.minimize(table(TestData.quine(), "OUT"), options));
    }

    @Test
    void includedContradictionsAreDontCares() {
        // Rows (A=1,B=1) contradict; as don't cares they let A explain the outcome.
        TruthTable withContradiction = Qca.truthTable(
                TestData.of("A,B,Y", new double[] {1, 0, 1}, new double[] {1, 1, 1}, new double[] {1, 1, 0},
                        new double[] {0, 0, 0}, new double[] {0, 1, 0}),
                "Y", List.of(), TruthTableOptions.of(new double[] {1, 0.5}, 1, 0, List.of()));
        assertEquals("C", withContradiction.row(4).out().symbol());

        MinimizeOptions includeC = new MinimizeOptions(true, true, List.of(), false, false);
        assertEquals(List.of("A"), Qca.minimize(withContradiction, includeC).solution().models().get(0).terms());
        MinimizeOptions excludeC = MinimizeOptions.parsimonious();
        assertEquals(List.of("A*~B"), Qca.minimize(withContradiction, excludeC).solution().models().get(0).terms());
    }

    @Test
    void intermediateSolutionWithAllDontCareExpectationsIsTheConservativeOne() {
        TruthTable lipset = Qca.truthTable(TestData.lipsetMultiValue(), "SURV",
                List.of("DEV", "URB", "LIT", "IND"), TruthTableOptions.defaults());
        MinimizeOptions options = new MinimizeOptions(true, false, List.of("-", "-", "-", "-"), false, false);
        Minimization result = Qca.minimize(lipset, options);

        assertEquals(1, result.intermediate().size());
        assertEquals(List.of("DEV[2]*LIT[1]*IND[1]", "DEV[1]*URB[0]*LIT[1]*IND[0]"),
                result.intermediate().get(0).solution().models().get(0).terms());
        assertTrue(result.intermediate().get(0).easyCounterfactuals().isEmpty());
    }

    /** R QCA 3.25 truthTable/minimize, use.letters = TRUE: results name the conditions A, B, C … */
    @Test
    void useLettersRenamesConditionsInResults() {
        TruthTable lipset = Qca.truthTable(TestData.lipsetMultiValue(), "SURV",
                List.of("DEV", "URB", "LIT", "IND"), TruthTableOptions.defaults().withLetters(true));
        assertEquals(List.of("A", "B", "C", "D"), lipset.data().labels());
        assertEquals(List.of("A[2]*C[1]*D[1]", "A[1]*B[0]*C[1]*D[0]"),
                Qca.minimize(lipset, MinimizeOptions.conservative()).solution().models().get(0).terms());
    }

    /** R QCA 3.25 verify.dir.exp: the positional syntax needs one entry per condition. */
    @Test
    void positionalExpectationsNeedOnePerCondition() {
        TruthTable lipset = Qca.truthTable(TestData.lipsetMultiValue(), "SURV",
                List.of("DEV", "URB", "LIT", "IND"), TruthTableOptions.defaults());
        QcaException error = assertThrows(QcaException.class, () -> Qca.minimize(lipset,
                new MinimizeOptions(true, false, List.of("-", "-"), false, false)));
        assertEquals("Number of expectations does not match number of conditions.", error.getMessage());
        assertThrows(QcaException.class, () -> Qca.minimize(lipset,
                new MinimizeOptions(true, false, List.of("URB[1]", "LIT"), false, false)),
                "multi-value data need square brackets in every expectation");
    }
}
