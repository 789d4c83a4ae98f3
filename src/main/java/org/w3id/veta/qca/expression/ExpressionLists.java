package org.w3id.veta.qca.expression;

import java.util.ArrayList;
import java.util.List;

/** Splits comma-separated lists of expressions, ignoring commas inside multi-value brackets ({@code A[1,2]}). */
public final class ExpressionLists {

    private ExpressionLists() {
    }

    public static List<String> split(String text) {
        List<String> items = new ArrayList<>();
        if (text == null) {
            return items;
        }
        StringBuilder item = new StringBuilder();
        int depth = 0;
        for (char ch : text.toCharArray()) {
            if (ch == '[') {
                depth++;
            } else if (ch == ']') {
                depth--;
            }
            if (ch == ',' && depth == 0) {
                addIfPresent(items, item);
                item.setLength(0);
            } else {
                item.append(ch);
            }
        }
        addIfPresent(items, item);
        return items;
    }

    /** The condition names mentioned in an expression, in order of appearance. */
    public static List<String> conditionNames(String expression) {
        List<String> names = new ArrayList<>();
        for (String token : expression.split("[+*]")) {
            String name = token.trim();
            if (name.startsWith("~")) {
                name = name.substring(1).trim();
            }
            int bracket = name.indexOf('[');
            if (bracket >= 0) {
                name = name.substring(0, bracket).trim();
            }
            if (!name.isEmpty() && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static void addIfPresent(List<String> items, StringBuilder item) {
        String trimmed = item.toString().trim();
        if (!trimmed.isEmpty()) {
            items.add(trimmed);
        }
    }
}
