package org.w3id.veta.qca.report;

import static org.w3id.veta.qca.report.XyPlot.escape;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.w3id.veta.qca.data.SetData;
import org.w3id.veta.qca.expression.SumOfProducts;
import org.w3id.veta.qca.fit.SufficiencyFit;
import org.w3id.veta.qca.minimize.Minimization;
import org.w3id.veta.qca.minimize.Model;
import org.w3id.veta.qca.truthtable.TruthTableRow;

/**
 * A self-contained HTML page summarising a minimisation: what was run, the observed truth-table rows, each model
 * with the fit of its terms, and an XY plot of each model against the outcome. Numbers as R prints them
 * (3 decimals, rounded half-even).
 */
public final class HtmlReport {
    private HtmlReport() {}

    public static String minimization(Minimization result, String command, String data) {
        SetData set = result.truthTable().data();
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>QCA report</title>
                <style>
                body { font-family: sans-serif; margin: 2em; max-width: 60em; color: #222 }
                table { border-collapse: collapse; margin: 1em 0 }
                th, td { border: 1px solid #bbb; padding: .25em .6em; text-align: right }
                td.text, th.text { text-align: left }
                tr.out1 { background: #e8f3ff }
                code { background: #f4f4f4; padding: .1em .3em }
                </style></head><body>
                """);
        html.append("<h1>QCA: ").append(escape(set.outcomeLabel())).append("</h1>\n");
        html.append("<p>Command: <code>").append(escape(command)).append("</code><br>Data: ").append(escape(data)).append("</p>\n");

        html.append("<h2>Truth table (observed rows)</h2>\n<table><tr><th>row</th>");
        set.labels().forEach(c -> html.append("<th>").append(escape(c)).append("</th>"));
        html.append("<th>OUT</th><th>n</th><th>incl</th><th>PRI</th><th class=\"text\">cases</th></tr>\n");
        for (TruthTableRow row : result.truthTable().rows()) {
            if (!row.observed()) continue;
            html.append("<tr").append(row.out().symbol().equals("1") ? " class=\"out1\"" : "").append("><td>").append(row.index()).append("</td>");
            for (int value : row.config()) html.append("<td>").append(value).append("</td>");
            html.append("<td>").append(row.out().symbol()).append("</td><td>").append(row.n()).append("</td><td>")
                    .append(number(row.incl())).append("</td><td>").append(number(row.PRI())).append("</td><td class=\"text\">")
                    .append(escape(String.join(", ", row.cases()))).append("</td></tr>\n");
        }
        html.append("</table>\n");

        for (Model model : result.solution().models()) {
            html.append("<h2>").append(escape(model.name())).append(": ").append(escape(model.expression()))
                    .append(" &rarr; ").append(escape(set.outcomeLabel())).append("</h2>\n");
            html.append("<table><tr><th class=\"text\">term</th><th>inclS</th><th>PRI</th><th>covS</th><th>covU</th><th class=\"text\">cases</th></tr>\n");
            for (SufficiencyFit fit : model.termFit()) html.append(fitRow(fit.term(), fit));
            html.append(fitRow(model.name(), model.fit())).append("</table>\n");
            double[] x = SumOfProducts.parse(model.expression(), set).membership(set);
            html.append(XyPlot.svg(x, set.outcome(), set.caseNames(), model.expression(), set.outcomeLabel()));
        }
        return html.append("</body></html>\n").toString();
    }

    private static String fitRow(String term, SufficiencyFit fit) {
        return "<tr><td class=\"text\">" + escape(term) + "</td><td>" + number(fit.inclS()) + "</td><td>" + number(fit.PRI())
                + "</td><td>" + number(fit.covS()) + "</td><td>" + number(fit.covU()) + "</td><td class=\"text\">"
                + escape(fit.cases() == null ? "" : fit.cases()) + "</td></tr>\n";
    }

    private static String number(Double value) {
        if (value == null || value.isNaN()) return "";
        return new BigDecimal(value).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}
