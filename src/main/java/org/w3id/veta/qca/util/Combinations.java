package org.w3id.veta.qca.util;

import java.util.ArrayList;
import java.util.List;

/** Enumerations in R's order: k-subsets lexicographically, value tuples with the first position most significant. */
public final class Combinations {

    private Combinations() {
    }

    /** All k-subsets of {0..n-1}, each ascending, in lexicographic order. */
    public static List<int[]> of(int n, int k) {
        List<int[]> result = new ArrayList<>();
        int[] current = new int[k];
        for (int i = 0; i < k; i++) {
            current[i] = i;
        }
        while (k <= n) {
            result.add(current.clone());
            int i = k - 1;
            while (i >= 0 && current[i] == n - k + i) {
                i--;
            }
            if (i < 0) {
                break;
            }
            current[i]++;
            for (int j = i + 1; j < k; j++) {
                current[j] = current[j - 1] + 1;
            }
        }
        return result;
    }

    /** Every combination of values of the given conditions, 0 first, first condition most significant. */
    public static List<int[]> valueTuples(int[] conditions, int[] levels) {
        List<int[]> result = new ArrayList<>();
        int[] values = new int[conditions.length];
        while (true) {
            result.add(values.clone());
            int i = conditions.length - 1;
            while (i >= 0 && values[i] == levels[conditions[i]] - 1) {
                values[i] = 0;
                i--;
            }
            if (i < 0) {
                return result;
            }
            values[i]++;
        }
    }
}
