package org.w3id.veta.qca.truthtable;

import org.w3id.veta.qca.QcaException;

/**
 * The configurations of conditions with the given numbers of levels, numbered like R: 1-based,
 * mixed radix, first condition most significant.
 */
public final class RowSpace {

    private final int[] levels;
    private final int[] weights;
    private final int size;

    public RowSpace(int[] levels) {
        this.levels = levels.clone();
        this.weights = new int[levels.length];
        long weight = 1;
        for (int j = levels.length - 1; j >= 0; j--) {
            weights[j] = (int) weight;
            weight *= levels[j];
            if (weight > Integer.MAX_VALUE - 1) {
                throw new QcaException("too many configurations (" + levels.length + " conditions); "
                        + "use fewer conditions");
            }
        }
        this.size = (int) weight;
    }

    public int index(int[] config) {
        int index = 1;
        for (int j = 0; j < config.length; j++) {
            index += config[j] * weights[j];
        }
        return index;
    }

    public int[] config(int index) {
        int[] config = new int[levels.length];
        int rest = index - 1;
        for (int j = 0; j < levels.length; j++) {
            config[j] = rest / weights[j];
            rest %= weights[j];
        }
        return config;
    }

    public int size() {
        return size;
    }

    public int[] levels() {
        return levels.clone();
    }

    public int conditionCount() {
        return levels.length;
    }
}
