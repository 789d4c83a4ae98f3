package org.w3id.veta.qca.truthtable;

/** The OUT column of a truth table. */
public enum OutputValue {
    ONE("1"), ZERO("0"), CONTRADICTION("C"), REMAINDER("?");

    private final String symbol;

    OutputValue(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
