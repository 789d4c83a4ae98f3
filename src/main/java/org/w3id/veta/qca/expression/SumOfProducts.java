package org.w3id.veta.qca.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.w3id.veta.qca.QcaException;
import org.w3id.veta.qca.data.SetData;

/**
 * A disjunction of conjunctions, written like R's QCA: {@code A*~B + C}, multi-value literals as
 * {@code A[1]} or {@code A[1,2]}. Membership is the maximum over the products.
 */
public record SumOfProducts(List<Conjunction> products) {

    public SumOfProducts {
        products = List.copyOf(products);
    }

    public static SumOfProducts parse(String text, SetData data) {
        if (text == null || text.isBlank()) {
            throw new QcaException("empty expression");
        }
        List<Conjunction> products = new ArrayList<>();
        for (String product : text.split("\\+")) {
            products.add(parseProduct(product.trim(), text, data));
        }
        return new SumOfProducts(products);
    }

    private static Conjunction parseProduct(String product, String whole, SetData data) {
        if (product.isEmpty()) {
            throw new QcaException("empty term in expression '" + whole + "'");
        }
        List<Literal> literals = new ArrayList<>();
        for (String token : product.split("\\*")) {
            Literal literal = parseLiteral(token.trim(), whole, data);
            if (literals.stream().anyMatch(l -> l.condition() == literal.condition())) {
                throw new QcaException("condition '" + data.conditions().get(literal.condition())
                        + "' appears twice in the term '" + product + "'");
            }
            literals.add(literal);
        }
        return new Conjunction(literals);
    }

    private static Literal parseLiteral(String token, String whole, SetData data) {
        boolean negated = token.startsWith("~");
        String rest = negated ? token.substring(1).trim() : token;
        String name = rest;
        int[] values = {1};
        int bracket = rest.indexOf('[');
        if (bracket >= 0) {
            if (!rest.endsWith("]")) {
                throw new QcaException("malformed literal '" + token + "' in '" + whole + "'");
            }
            name = rest.substring(0, bracket).trim();
            values = parseValues(rest.substring(bracket + 1, rest.length() - 1), token, whole);
        }
        int condition = data.conditionIndex(name);
        if (condition < 0) {
            throw new QcaException("unknown condition '" + name + "' in '" + whole + "' (known: "
                    + String.join(", ", data.conditions()) + ")");
        }
        int levels = data.levels(condition);
        for (int v : values) {
            if (v < 0 || v >= levels) {
                throw new QcaException("condition '" + name + "' has no level " + v + " (levels 0.."
                        + (levels - 1) + ")");
            }
        }
        if (negated) {
            values = complement(values, levels);
        }
        return new Literal(condition, values);
    }

    private static int[] parseValues(String list, String token, String whole) {
        try {
            return java.util.Arrays.stream(list.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
        } catch (NumberFormatException e) {
            throw new QcaException("malformed levels in '" + token + "' of '" + whole + "'");
        }
    }

    private static int[] complement(int[] values, int levels) {
        List<Integer> rest = new ArrayList<>();
        for (int v = 0; v < levels; v++) {
            final int level = v;
            if (java.util.Arrays.stream(values).noneMatch(x -> x == level)) {
                rest.add(v);
            }
        }
        return rest.stream().mapToInt(Integer::intValue).toArray();
    }

    public double[] membership(SetData data) {
        double[] m = new double[data.caseCount()];
        for (Conjunction product : products) {
            double[] p = product.membership(data);
            for (int i = 0; i < m.length; i++) {
                m[i] = Math.max(m[i], p[i]);
            }
        }
        return m;
    }

    /** True if some product covers the configuration (one value per condition). */
    public boolean covers(int[] config) {
        return products.stream().anyMatch(p -> p.covers(config));
    }

    public String name(SetData data) {
        return products.stream().map(p -> p.name(data)).collect(Collectors.joining(" + "));
    }
}
