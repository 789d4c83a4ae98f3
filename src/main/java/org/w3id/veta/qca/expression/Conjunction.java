package org.w3id.veta.qca.expression;

import java.util.List;
import java.util.stream.Collectors;
import org.w3id.veta.qca.data.SetData;

/** A product of literals such as {@code DEV*~URB}; membership is the minimum over its literals. */
public record Conjunction(List<Literal> literals) {

    public Conjunction {
        literals = List.copyOf(literals);
    }

    public double[] membership(SetData data) {
        double[] m = new double[data.caseCount()];
        for (int i = 0; i < m.length; i++) {
            double value = 1;
            for (Literal literal : literals) {
                value = Math.min(value, literal.membership(data, i));
            }
            m[i] = value;
        }
        return m;
    }

    /** True if the configuration (one value per condition) satisfies every literal. */
    public boolean covers(int[] config) {
        return literals.stream().allMatch(l -> l.allows(config[l.condition()]));
    }

    public String name(SetData data) {
        return literals.stream().map(l -> l.name(data)).collect(Collectors.joining("*"));
    }
}
