package org.w3id.veta.qca.minimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.w3id.veta.qca.QcaException;
import org.w3id.veta.qca.data.SetData;
import org.w3id.veta.qca.expression.Conjunction;
import org.w3id.veta.qca.expression.Literal;
import org.w3id.veta.qca.expression.SumOfProducts;

/**
 * Directional expectations (R's {@code dir.exp}): individual ones (one literal, e.g. {@code DEV} or
 * {@code ~URB}) and conjunctural ones (several literals, e.g. {@code LIT*~IND}); "-" means none.
 * {@link #easyCube} reproduces how R turns a conservative term into the cube of easy counterfactuals.
 */
final class DirectionalExpectations {

    private final Map<Integer, Set<Integer>> individual = new HashMap<>();
    private final List<List<Literal>> conjunctural = new ArrayList<>();

    static DirectionalExpectations parse(List<String> items, SetData data) {
        if (items.stream().allMatch(item -> item.replaceAll("[-;\\s]", "").matches("\\d*"))) {
            return parsePositional(items, data);
        }
        boolean multiValue = Arrays.stream(data.levels()).anyMatch(l -> l > 2);
        List<List<Literal>> all = new ArrayList<>();
        for (String item : items) {
            if (!item.trim().equals("-")) {
                if (multiValue && !item.contains("[")) {
                    throw new QcaException("For multivalue data, directional expectations should be specified "
                            + "using square brackets.");
                }
                for (Conjunction product : SumOfProducts.parse(item, data).products()) {
                    if (!all.contains(product.literals())) {
                        all.add(product.literals());
                    }
                }
            }
        }
        DirectionalExpectations expectations = new DirectionalExpectations();
        for (List<Literal> literals : all) {
            if (literals.size() == 1) {
                Literal literal = literals.get(0);
                Set<Integer> values = expectations.individual.computeIfAbsent(literal.condition(), c -> new TreeSet<>());
                for (int v : literal.values()) {
                    values.add(v);
                }
            } else if (!absorbed(literals, all)) {
                expectations.conjunctural.add(literals);
            }
        }
        return expectations;
    }

    /**
     * R's older syntax (verify.dir.exp): one entry per condition, in order, each "-" or values separated by ";"
     * (e.g. "1, 0, -, 0;1"). Every value becomes an individual expectation.
     */
    private static DirectionalExpectations parsePositional(List<String> items, SetData data) {
        if (items.size() != data.conditionCount()) {
            throw new QcaException("Number of expectations does not match number of conditions.");
        }
        DirectionalExpectations expectations = new DirectionalExpectations();
        for (int j = 0; j < items.size(); j++) {
            for (String value : items.get(j).split(";")) {
                String level = value.trim();
                if (level.equals("-") || level.isEmpty()) {
                    continue;
                }
                int v = Integer.parseInt(level);
                if (v >= data.levels(j)) {
                    throw new QcaException("Values specified in the directional expectations do not appear in the "
                            + "data, for condition \"" + data.conditions().get(j) + "\".");
                }
                expectations.individual.computeIfAbsent(j, c -> new TreeSet<>()).add(v);
            }
        }
        return expectations;
    }

    /** True when every expectation was "-" (don't care). */
    boolean isEmpty() {
        return individual.isEmpty() && conjunctural.isEmpty();
    }

    /** Like R's simplification: {@code A + A*B} is {@code A}, so a conjunction containing another expectation goes. */
    private static boolean absorbed(List<Literal> conjunction, List<List<Literal>> all) {
        for (List<Literal> other : all) {
            if (other != conjunction && other.size() < conjunction.size() && conjunction.containsAll(other)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cube obtained from conservative term {@code c} given parsimonious term {@code p} (whose literals
     * are within {@code c}'s): literals of {@code c} on conditions free in {@code p} are candidates and are
     * dropped when they contradict the expectations. With conjunctural expectations R restarts from
     * {@code c} for each of them, so only the last one's effect survives (a quirk kept on purpose).
     */
    int[] easyCube(int[] c, int[] p) {
        int[] result = c.clone();
        for (int j = 0; j < c.length; j++) {
            boolean candidate = c[j] != 0 && p[j] == 0;
            Set<Integer> expected = individual.get(j);
            if (candidate && expected != null && !expected.contains(c[j] - 1)) {
                result[j] = 0;
            }
        }
        for (List<Literal> expectation : conjunctural) {
            result = c.clone();
            boolean contradicted = false;
            for (Literal literal : expectation) {
                int j = literal.condition();
                if (c[j] != 0 && p[j] == 0 && !literal.allows(c[j] - 1)) {
                    contradicted = true;
                }
            }
            if (contradicted) {
                for (Literal literal : expectation) {
                    int j = literal.condition();
                    if (c[j] != 0 && p[j] == 0) {
                        result[j] = 0;
                    }
                }
            }
        }
        return result;
    }
}
