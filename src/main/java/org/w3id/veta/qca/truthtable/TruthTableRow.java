package org.w3id.veta.qca.truthtable;

import java.util.List;

/**
 * One configuration of the truth table. {@code index} is R's 1-based mixed-radix row number (first
 * condition most significant). {@code incl} and {@code PRI} are null for unobserved remainders.
 */
public record TruthTableRow(int index, int[] config, OutputValue out, int n, Double incl, Double PRI,
        List<String> cases) {

    public boolean observed() {
        return incl != null;
    }
}
