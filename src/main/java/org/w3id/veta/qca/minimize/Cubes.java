package org.w3id.veta.qca.minimize;

import java.util.TreeSet;
import org.w3id.veta.qca.truthtable.RowSpace;

/**
 * Helpers for cubes (implicants) in R's coding: one code per condition, {@code 0} = absent
 * (the condition is free), {@code value + 1} = the condition is fixed to {@code value}.
 */
final class Cubes {

    private Cubes() {
    }

    static int[] ofRow(int[] config) {
        int[] codes = new int[config.length];
        for (int j = 0; j < codes.length; j++) {
            codes[j] = config[j] + 1;
        }
        return codes;
    }

    static boolean covers(int[] codes, int[] config) {
        for (int j = 0; j < codes.length; j++) {
            if (codes[j] != 0 && codes[j] != config[j] + 1) {
                return false;
            }
        }
        return true;
    }

    /** True if every literal of {@code small} is also a literal of {@code big} (so {@code small} is the larger cube). */
    static boolean literalsWithin(int[] small, int[] big) {
        for (int j = 0; j < small.length; j++) {
            if (small[j] != 0 && small[j] != big[j]) {
                return false;
            }
        }
        return true;
    }

    static int literalCount(int[] codes) {
        int count = 0;
        for (int code : codes) {
            if (code != 0) {
                count++;
            }
        }
        return count;
    }

    /** Adds the indices of every row of the space that the cube covers. */
    static void addCoveredRows(int[] codes, RowSpace space, TreeSet<Integer> target) {
        int[] levels = space.levels();
        int[] config = new int[codes.length];
        for (int j = 0; j < codes.length; j++) {
            config[j] = codes[j] == 0 ? 0 : codes[j] - 1;
        }
        while (true) {
            target.add(space.index(config));
            int j = codes.length - 1;
            while (j >= 0 && (codes[j] != 0 || config[j] == levels[j] - 1)) {
                if (codes[j] == 0) {
                    config[j] = 0;
                }
                j--;
            }
            if (j < 0) {
                return;
            }
            config[j]++;
        }
    }
}
