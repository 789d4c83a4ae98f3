package org.w3id.veta.cli.qca;

import java.util.ArrayList;
import java.util.List;
import org.w3id.veta.qca.data.SetData;
import org.w3id.veta.qca.fit.NecessityFit;
import org.w3id.veta.qca.fit.SufficiencyFit;
import org.w3id.veta.qca.minimize.IntermediateSolution;
import org.w3id.veta.qca.minimize.Minimization;
import org.w3id.veta.qca.minimize.Model;
import org.w3id.veta.qca.minimize.Solution;
import org.w3id.veta.qca.truthtable.TruthTable;
import org.w3id.veta.qca.truthtable.TruthTableRow;

/** Text output modelled on R's printouts (3 decimals, rounded half-even). */
final class TextReport {

    private static final String NL = System.lineSeparator();

    private TextReport() {
    }

    static String calibration(List<String> caseNames, double[] raw, double[] values) {
        TextTable table = new TextTable(true).add("case", "raw", "calibrated");
        for (int i = 0; i < values.length; i++) {
            table.add(caseNames.get(i), plain(raw[i]), TextTable.decimal(values[i]));
        }
        return table.render();
    }

    static String truthTable(TruthTable truthTable, boolean showCases) {
        SetData data = truthTable.data();
        StringBuilder out = new StringBuilder(NL)
                .append("  OUT: output value").append(NL)
                .append("    n: number of cases in configuration").append(NL)
                .append(" incl: sufficiency inclusion score").append(NL)
                .append("  PRI: proportional reduction in inconsistency").append(NL).append(NL);
        boolean[] left = new boolean[data.conditionCount() + 6];
        left[left.length - 1] = true;
        TextTable table = new TextTable(left);
        List<String> header = new ArrayList<>(List.of(""));
        header.addAll(data.labels());
        header.addAll(List.of("OUT", "n", "incl", "PRI"));
        if (showCases) {
            header.add("cases");
        }
        table.add(header.toArray(String[]::new));
        for (int index : truthTable.printOrder()) {
            TruthTableRow row = truthTable.row(index);
            List<String> cells = new ArrayList<>(List.of(String.valueOf(index)));
            for (int value : row.config()) {
                cells.add(String.valueOf(value));
            }
            cells.addAll(List.of(row.out().symbol(), String.valueOf(row.n()), TextTable.decimal(row.incl()),
                    TextTable.decimal(row.PRI())));
            if (showCases) {
                cells.add(String.join(",", row.cases()));
            }
            table.add(cells.toArray(String[]::new));
        }
        return out.append(table.render()).toString();
    }

    static String minimization(Minimization result, boolean showCases) {
        StringBuilder out = new StringBuilder(truthTable(result.truthTable(), showCases)).append(NL);
        String outcome = result.truthTable().data().outcomeLabel();
        if (result.intermediate().isEmpty()) {
            out.append(solution(result, result.solution(), outcome));
        }
        for (IntermediateSolution intermediate : result.intermediate()) {
            out.append(NL).append("From ").append(intermediate.name()).append(":").append(NL).append(NL)
                    .append(solution(result, intermediate.solution(), outcome));
        }
        return out.toString();
    }

    private static String solution(Minimization result, Solution solution, String outcome) {
        StringBuilder out = new StringBuilder();
        List<Model> models = solution.models();
        boolean several = models.size() > 1;
        for (Model model : models) {
            out.append(modelName(model.name(), models.size())).append(": ")
                    .append(modelExpression(model, solution, several)).append(' ')
                    .append(result.arrow(model)).append(' ')
                    .append(outcome).append(NL);
        }
        out.append(NL);
        List<SufficiencyFit> termRows = several ? solution.allPiFit() : models.get(0).termFit();
        List<String> header = new ArrayList<>(List.of("", "", "inclS", "PRI", "covS", "covU"));
        if (several) {
            models.forEach(m -> header.add("(" + modelName(m.name(), models.size()) + ")"));
        }
        header.add("cases");
        boolean[] left = new boolean[header.size()];
        left[left.length - 1] = true;
        TextTable table = new TextTable(left).add(header.toArray(String[]::new));
        for (int t = 0; t < termRows.size(); t++) {
            SufficiencyFit fit = termRows.get(t);
            List<String> cells = new ArrayList<>(List.of(String.valueOf(t + 1), fit.term(),
                    TextTable.decimal(fit.inclS()), TextTable.decimal(fit.PRI()), TextTable.decimal(fit.covS()),
                    fit.covU() == null ? "" : TextTable.decimal(fit.covU())));
            if (several) {
                for (Model model : models) {
                    cells.add(model.termFit().stream().filter(f -> f.term().equals(fit.term()))
                            .map(f -> TextTable.decimal(f.covU())).findFirst().orElse(""));
                }
            }
            cells.add(fit.cases() == null ? "" : fit.cases());
            table.add(cells.toArray(String[]::new));
        }
        for (Model model : models) {
            table.add("", modelName(model.name(), models.size()), TextTable.decimal(model.fit().inclS()),
                    TextTable.decimal(model.fit().PRI()), TextTable.decimal(model.fit().covS()));
        }
        return out.append(table.render()).toString();
    }

    /** With several models and some essential PIs, R prints those first and the model-specific ones in parentheses. */
    private static String modelExpression(Model model, Solution solution, boolean several) {
        if (!several || solution.essential().isEmpty()) {
            return model.expression();
        }
        List<String> essential = model.terms().stream().filter(solution.essential()::contains).toList();
        List<String> specific = model.terms().stream().filter(t -> !solution.essential().contains(t)).toList();
        List<String> parts = new ArrayList<>(essential);
        if (!specific.isEmpty()) {
            parts.add("(" + String.join(" + ", specific) + ")");
        }
        return String.join(" + ", parts);
    }

    /** R zero-pads model names when there are 10 or more models (M01 … M17). */
    private static String modelName(String name, int modelCount) {
        if (modelCount < 10) {
            return name;
        }
        return String.format("M%02d", Integer.parseInt(name.substring(1)));
    }

    static String necessity(List<NecessityFit> fits) {
        TextTable table = new TextTable(false, false).add("", "", "inclN", "RoN", "covN");
        for (int t = 0; t < fits.size(); t++) {
            NecessityFit fit = fits.get(t);
            table.add(String.valueOf(t + 1), fit.term(), TextTable.decimal(fit.inclN()), TextTable.decimal(fit.RoN()),
                    TextTable.decimal(fit.covN()));
        }
        return table.render();
    }

    static String sufficiency(List<SufficiencyFit> fits) {
        TextTable table = new TextTable(false, false).add("", "", "inclS", "PRI", "covS", "covU");
        for (int t = 0; t < fits.size(); t++) {
            SufficiencyFit fit = fits.get(t);
            table.add(String.valueOf(t + 1), fit.term(), TextTable.decimal(fit.inclS()), TextTable.decimal(fit.PRI()),
                    TextTable.decimal(fit.covS()), fit.covU() == null ? "" : TextTable.decimal(fit.covU()));
        }
        return table.render();
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
