package org.w3id.veta.qca.truthtable;

import java.util.ArrayList;
import java.util.List;

/**
 * One key of R's {@code sort.by}: a truth table column ({@code incl}, {@code PRI}, {@code n}, {@code OUT} or a
 * condition) and its direction. R sorts decreasing unless told otherwise through {@code decreasing}.
 */
public record SortKey(String column, boolean decreasing) {

    /** {@code "incl"} sorts decreasing (R's default), {@code "-incl"} ascending. */
    public static SortKey parse(String text) {
        String key = text.trim();
        return key.startsWith("-") ? new SortKey(key.substring(1).trim(), false) : new SortKey(key, true);
    }

    /**
     * R's pairing of {@code sort.by} with {@code decreasing}: one value applies to every key, a shorter list is
     * padded with {@code TRUE}. An empty {@code decreasing} keeps each key's own direction.
     */
    public static List<SortKey> of(List<String> keys, List<Boolean> decreasing) {
        List<SortKey> result = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            SortKey key = parse(keys.get(k));
            if (!decreasing.isEmpty()) {
                boolean direction = decreasing.size() == 1 ? decreasing.get(0)
                        : k < decreasing.size() ? decreasing.get(k) : true;
                key = new SortKey(key.column(), direction);
            }
            result.add(key);
        }
        return result;
    }
}
