package org.w3id.veta.qca.fit;

import java.util.ArrayList;
import java.util.List;
import org.w3id.veta.qca.data.SetData;
import org.w3id.veta.qca.expression.SumOfProducts;

/**
 * R's {@code pof}: parameters of fit of each expression and, when there are several, of their union
 * (reported as {@code "expression"}). Only one of the two lists is filled, depending on the relation.
 */
public record Pof(Relation relation, List<NecessityFit> necessity, List<SufficiencyFit> sufficiency) {

    public static final String UNION_NAME = "expression";

    public static Pof of(SetData data, List<String> expressions, Relation relation) {
        List<String> names = new ArrayList<>();
        List<double[]> memberships = new ArrayList<>();
        for (String text : expressions) {
            SumOfProducts expression = SumOfProducts.parse(text, data);
            names.add(expression.name(data));
            memberships.add(expression.membership(data));
        }
        double[] y = data.outcome();
        double[] union = FitCalculator.union(memberships, data.caseCount());
        boolean withUnion = memberships.size() > 1;
        if (relation == Relation.NECESSITY) {
            List<NecessityFit> rows = new ArrayList<>();
            for (int t = 0; t < names.size(); t++) {
                rows.add(FitCalculator.necessity(names.get(t), memberships.get(t), y));
            }
            if (withUnion) {
                rows.add(FitCalculator.necessity(UNION_NAME, union, y));
            }
            return new Pof(relation, rows, List.of());
        }
        List<SufficiencyFit> rows = new ArrayList<>(
                FitCalculator.sufficiency(names, memberships, y, FitCalculator.ZERO_SINGLE));
        if (withUnion) {
            rows.add(FitCalculator.sufficiency(UNION_NAME, union, y, FitCalculator.ZERO_SINGLE));
        }
        return new Pof(relation, List.of(), rows);
    }
}
