package org.w3id.veta.cli.qca;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** A small aligned text table, plus R's number formatting ({@code printf("%.3f")} on the exact binary value). */
final class TextTable {

    private final List<String[]> lines = new ArrayList<>();
    private final boolean[] leftAligned;

    TextTable(boolean... leftAligned) {
        this.leftAligned = leftAligned;
    }

    TextTable add(String... cells) {
        lines.add(cells);
        return this;
    }

    String render() {
        int columns = lines.stream().mapToInt(l -> l.length).max().orElse(0);
        int[] widths = new int[columns];
        for (String[] line : lines) {
            for (int c = 0; c < line.length; c++) {
                widths[c] = Math.max(widths[c], line[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] line : lines) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < line.length; c++) {
                boolean left = c < leftAligned.length && leftAligned[c];
                String pad = " ".repeat(widths[c] - line[c].length());
                text.append(c == 0 ? "" : "  ").append(left ? line[c] + pad : pad + line[c]);
            }
            out.append(text.toString().stripTrailing()).append(System.lineSeparator());
        }
        return out.toString();
    }

    /**
     * Three decimals like R's {@code formatC(x, digits = 3, format = "f")}: the exact binary value is rounded
     * half-even, so 0.8125 gives 0.812 (Java's String.format would give 0.813).
     */
    static String decimal(Double value) {
        if (value == null || value.isNaN()) {
            return "-";
        }
        return new BigDecimal(value).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}
