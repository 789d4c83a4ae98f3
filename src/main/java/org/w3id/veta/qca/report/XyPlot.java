package org.w3id.veta.qca.report;

import java.util.List;
import java.util.Locale;

/**
 * An XY plot of set membership as SVG: one point per case, X = membership in a condition or solution,
 * Y = membership in the outcome, with the diagonal. Points above the diagonal are consistent with sufficiency
 * (X is a subset of Y); the title gives inclusion and coverage, as R's {@code XYplot}.
 */
public final class XyPlot {
    private static final int SIZE = 440;
    private static final int MARGIN = 56;

    private XyPlot() {}

    public static String svg(double[] x, double[] y, List<String> cases, String xLabel, String yLabel) {
        double inclusion = inclusion(x, y);
        double coverage = inclusion(y, x);
        int width = SIZE + 2 * MARGIN;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n",
                width, width, width, width));
        svg.append(String.format(Locale.ROOT, "<title>%s (X) and %s (Y)</title>%n", escape(xLabel), escape(yLabel)));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"white\" stroke=\"#333\"/>%n", MARGIN, MARGIN, SIZE, SIZE));
        for (int tick = 0; tick <= 4; tick++) {
            double value = tick / 4.0;
            double px = px(value), py = py(value);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>%n", px, MARGIN, px, MARGIN + SIZE));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", MARGIN, py, MARGIN + SIZE, py));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.2f</text>%n", px, MARGIN + SIZE + 16, value));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.2f</text>%n", MARGIN - 6, py + 4, value));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\" stroke-dasharray=\"4 4\"/>%n",
                MARGIN, MARGIN + SIZE, MARGIN + SIZE, MARGIN));
        for (int i = 0; i < x.length; i++) {
            svg.append(String.format(Locale.ROOT, "<circle class=\"case\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"><title>%s: X %.3f, Y %.3f</title></circle>%n",
                    px(x[i]), py(y[i]), x[i] <= y[i] + 1e-9 ? "#1f77b4" : "#d62728", escape(cases.get(i)), x[i], y[i]));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"#444\">%s</text>%n",
                    px(x[i]) + 6, py(y[i]) - 4, escape(cases.get(i))));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"13\">%s</text>%n", MARGIN + SIZE / 2, MARGIN + SIZE + 40, escape(xLabel)));
        svg.append(String.format(Locale.ROOT, "<text transform=\"translate(%d %d) rotate(-90)\" text-anchor=\"middle\" font-size=\"13\">%s</text>%n", 16, MARGIN + SIZE / 2, escape(yLabel)));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"13\">Sufficiency: inclS %.3f, covS %.3f</text>%n",
                MARGIN + SIZE / 2, MARGIN - 20, inclusion, coverage));
        return svg.append("</svg>\n").toString();
    }

    /** Sum of min(x, y) over sum of x: the inclusion of X in Y (NaN when X is empty). */
    static double inclusion(double[] x, double[] y) {
        double both = 0, total = 0;
        for (int i = 0; i < x.length; i++) {
            both += Math.min(x[i], y[i]);
            total += x[i];
        }
        return total == 0 ? Double.NaN : both / total;
    }

    private static double px(double value) { return MARGIN + value * SIZE; }

    private static double py(double value) { return MARGIN + (1 - value) * SIZE; }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
