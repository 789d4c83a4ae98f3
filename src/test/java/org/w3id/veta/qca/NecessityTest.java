package org.w3id.veta.qca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.veta.qca.data.DataMatrix;
import org.w3id.veta.qca.fit.NecessityFit;
import org.w3id.veta.qca.fit.Pof;
import org.w3id.veta.qca.fit.Relation;
import org.w3id.veta.qca.fit.SuperSubset;

class NecessityTest {

    private static final DataMatrix FUZZY = TestData.of("A,B,C,Y",
            new double[] {0.9, 0.2, 0.7, 0.8}, new double[] {0.8, 0.7, 0.1, 0.7}, new double[] {0.3, 0.9, 0.6, 0.2},
            new double[] {0.6, 0.1, 0.9, 0.6}, new double[] {0.1, 0.6, 0.2, 0.1});

    @Test
    void necessityFitFollowsTheFormulas() {
        Pof pof = Qca.pof(FUZZY, "Y", List.of("A"), Relation.NECESSITY);
        // inclN = Σmin(A,Y)/ΣY; RoN = Σ(1-A)/Σ(1-min(A,Y)); covN = Σmin(A,Y)/ΣA
        double minSum = 0.8 + 0.7 + 0.2 + 0.6 + 0.1;
        assertEquals(minSum / 2.4, pof.necessity().get(0).inclN(), 1e-12);
        assertEquals((0.1 + 0.2 + 0.7 + 0.4 + 0.9) / (5 - minSum), pof.necessity().get(0).RoN(), 1e-12);
        assertEquals(minSum / 2.7, pof.necessity().get(0).covN(), 1e-12);
        assertEquals(1, pof.necessity().size(), "no union row for a single expression");
    }

    @Test
    void sufficiencyFitOfSeveralTermsAddsTheirUnion() {
        Pof pof = Qca.pof(FUZZY, "Y", List.of("A*~B", "C + B"), Relation.SUFFICIENCY);
        assertEquals(3, pof.sufficiency().size());
        assertEquals(Pof.UNION_NAME, pof.sufficiency().get(2).term());
        assertNull(pof.sufficiency().get(2).covU());
        assertTrue(pof.sufficiency().get(0).covU() >= 0);
    }

    @Test
    void superSubsetFindsNecessaryConditionsAndSkipsRedundantDisjunctions() {
        List<SuperSubset.Result> found = Qca.superSubset(FUZZY, "Y", List.of(), Relation.NECESSITY,
                new SuperSubset.Cutoffs(0.9, 0, 0, 0));
        assertTrue(found.stream().allMatch(r -> r.necessity().inclN() >= 0.9 - 1e-8));
        assertEquals("A", found.get(0).term());
        assertTrue(found.stream().noneMatch(r -> r.disjunction() && r.term().contains("A")),
                "disjunctions containing the necessary A are redundant");
    }

    @Test
    void superSubsetWithImpossibleCutOffIsAnError() {
        QcaException error = assertThrows(QcaException.class, () -> Qca.superSubset(FUZZY, "Y", List.of("B"),
                Relation.SUFFICIENCY, new SuperSubset.Cutoffs(1, 0, 0, 0)));
        assertTrue(error.getMessage().startsWith("There are no combinations with incl.cut = 1"));
    }

    /** Hand-computed with the formulas of R QCA 3.25 C_pof: conjunction = min, disjunction = max of the literals. */
    @Test
    void necessityOfConjunctionsAndDisjunctions() {
        NecessityFit and = Qca.pof(FUZZY, "Y", List.of("A*B"), Relation.NECESSITY).necessity().get(0);
        assertEquals(1.3 / 2.4, and.inclN(), 1e-12);
        assertEquals(3.6 / 3.7, and.RoN(), 1e-12);
        assertEquals(1.3 / 1.4, and.covN(), 1e-12);
        NecessityFit or = Qca.pof(FUZZY, "Y", List.of("A + B"), Relation.NECESSITY).necessity().get(0);
        assertEquals(1, or.inclN(), 1e-12);
        assertEquals(1.2 / 2.6, or.RoN(), 1e-12);
        assertEquals(2.4 / 3.8, or.covN(), 1e-12);
        List<SuperSubset.Result> found = Qca.superSubset(FUZZY, "Y", List.of("A", "B"), Relation.NECESSITY,
                new SuperSubset.Cutoffs(0.5, 0, 0, 0));
        NecessityFit searched = found.stream().filter(r -> r.term().equals("A*B")).findFirst().orElseThrow()
                .necessity();
        assertEquals(3.6 / 3.7, searched.RoN(), 1e-12, "superSubset uses the same formulas");
    }

    /** R QCA 3.25: pof zeroes values below 1e-5 (incl.cov[incl.cov < 0.00001] <- 0), C_superSubset does not. */
    @Test
    void onlyPofZeroesTinyValues() {
        DataMatrix tiny = TestData.of("A,B,Y", new double[] {1, 0, 1e-6}, new double[] {1, 1, 0},
                new double[] {1, 0, 0}, new double[] {1, 1, 0}, new double[] {1, 0, 0});
        SuperSubset.Result a = Qca.superSubset(tiny, "Y", List.of(), Relation.NECESSITY,
                new SuperSubset.Cutoffs(1, 0, 0, 0)).get(0);
        assertEquals("A", a.term());
        assertEquals(2e-7, a.necessity().covN(), 1e-20);
        assertEquals(0, Qca.pof(tiny, "Y", List.of("A"), Relation.NECESSITY).necessity().get(0).covN());
    }

    /** R QCA 3.25 superSubset.R: for necessity, finding nothing gives R's "no configurations" message. */
    @Test
    void superSubsetNecessityWithoutResults() {
        QcaException error = assertThrows(QcaException.class, () -> Qca.superSubset(FUZZY, "Y", List.of(),
                Relation.NECESSITY, new SuperSubset.Cutoffs(1.5, 0, 0, 0)));
        assertEquals("There are no configurations, using these cutoff values.", error.getMessage());
    }

    /** R QCA 3.25 superSubset.R: the RoN filter comes after the search and has its own message. */
    @Test
    void superSubsetRonCutMessage() {
        QcaException error = assertThrows(QcaException.class, () -> Qca.superSubset(FUZZY, "Y", List.of(),
                Relation.NECESSITY, new SuperSubset.Cutoffs(0.9, 0, 1.5, 0)));
        assertEquals("There are no combinations with ron.cut = 1.5", error.getMessage());
    }

    /**
     * R QCA 3.25: pof drops cases with NA in the expression's sets or the outcome (notmiss), while truthTable
     * and superSubset refuse any NA in the data ("Missing values in the data are not allowed").
     */
    @Test
    void missingValues() {
        DataMatrix withMissing = TestData.of("A,B,Y", new double[] {0.2, 0.9, 0.3}, new double[] {Double.NaN, 0.1, 0.8},
                new double[] {0.7, 0.6, Double.NaN}, new double[] {0.9, 0.3, 0.7}, new double[] {0.1, Double.NaN, 0.2});
        NecessityFit a = Qca.pof(withMissing, "Y", List.of("A"), Relation.NECESSITY).necessity().get(0);
        assertEquals((0.2 + 0.7 + 0.1) / (0.3 + 0.7 + 0.2), a.inclN(), 1e-12, "cases 2 and 3 are left out");
        QcaException error = assertThrows(QcaException.class, () -> Qca.superSubset(withMissing, "Y", List.of("A"),
                Relation.NECESSITY, new SuperSubset.Cutoffs(0.9, 0, 0, 0)));
        assertEquals("Missing values in the data are not allowed. Please check columns: A, B, Y", error.getMessage());
    }

    @Test
    void unknownConditionInAnExpressionIsAnError() {
        assertThrows(QcaException.class, () -> Qca.pof(FUZZY, "Y", List.of("A*Z"), Relation.NECESSITY));
    }
}
