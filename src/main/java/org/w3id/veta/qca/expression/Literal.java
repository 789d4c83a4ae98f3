package org.w3id.veta.qca.expression;

import java.util.Arrays;
import org.w3id.veta.qca.data.SetData;

/**
 * "Condition {@code condition} takes one of {@code values}". Negations are normalised away:
 * {@code ~A} on a binary condition is the literal with value set {0}.
 */
public record Literal(int condition, int[] values) {

    public Literal {
        values = Arrays.stream(values).sorted().distinct().toArray();
    }

    public boolean allows(int value) {
        return Arrays.binarySearch(values, value) >= 0;
    }

    /** Membership of case {@code i}: the best of its allowed values (a disjunction of levels). */
    public double membership(SetData data, int i) {
        double best = 0;
        for (int v : values) {
            best = Math.max(best, data.literal(condition, v, i));
        }
        return best;
    }

    public String name(SetData data) {
        if (values.length == 1) {
            return data.literalName(condition, values[0]);
        }
        StringBuilder list = new StringBuilder();
        for (int v : values) {
            list.append(list.length() == 0 ? "" : ",").append(v);
        }
        return data.labels().get(condition) + "[" + list + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Literal l && l.condition == condition && Arrays.equals(l.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * condition + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Literal[" + condition + "=" + Arrays.toString(values) + "]";
    }
}
