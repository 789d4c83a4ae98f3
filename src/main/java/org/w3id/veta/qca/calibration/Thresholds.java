package org.w3id.veta.qca.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.veta.qca.QcaException;

/**
 * Calibration thresholds as R accepts them: plain numbers ({@code "400, 550, 900"}) or named ones
 * ({@code "e=400, c=550, i=900"}, {@code "e1=…, c1=…, i1=…, i2=…, c2=…, e2=…"}). Named thresholds are
 * put in R's canonical order.
 */
public record Thresholds(double[] values, boolean named) {

    private static final List<String> THREE = List.of("e", "c", "i");
    private static final List<String> SIX = List.of("e1", "c1", "i1", "i2", "c2", "e2");

    public static Thresholds parse(String text) {
        if (text == null || text.isBlank()) {
            throw new QcaException("Threshold value(s) not specified.");
        }
        Map<String, Double> named = new LinkedHashMap<>();
        List<Double> plain = new ArrayList<>();
        for (String item : text.split(",")) {
            String token = item.trim();
            int equals = token.indexOf('=');
            if (equals >= 0) {
                named.put(token.substring(0, equals).trim(), number(token.substring(equals + 1), text));
            } else if (!token.isEmpty()) {
                plain.add(number(token, text));
            }
        }
        if (!named.isEmpty() && !plain.isEmpty()) {
            throw new QcaException("thresholds '" + text + "' mix named and unnamed values");
        }
        if (plain.isEmpty()) {
            return new Thresholds(ordered(named), true);
        }
        return new Thresholds(plain.stream().mapToDouble(Double::doubleValue).toArray(), false);
    }

    /** R's calibrate.R reorders named thresholds only when all names are the expected ones; otherwise by position. */
    private static double[] ordered(Map<String, Double> named) {
        List<String> order = named.size() == 3 ? THREE : named.size() == 6 ? SIX : null;
        if (order == null || !named.keySet().containsAll(order)) {
            return named.values().stream().mapToDouble(Double::doubleValue).toArray();
        }
        return order.stream().mapToDouble(named::get).toArray();
    }

    private static double number(String token, String text) {
        try {
            return Double.parseDouble(token.trim());
        } catch (NumberFormatException e) {
            throw new QcaException("Thresholds must be numeric: '" + token.trim() + "' in '" + text + "'");
        }
    }

    public int count() {
        return values.length;
    }
}
