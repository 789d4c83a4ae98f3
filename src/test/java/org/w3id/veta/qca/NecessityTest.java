package org.w3id.veta.qca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.veta.qca.data.DataMatrix;
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

    @Test
    void unknownConditionInAnExpressionIsAnError() {
        assertThrows(QcaException.class, () -> Qca.pof(FUZZY, "Y", List.of("A*Z"), Relation.NECESSITY));
    }
}
