package org.w3id.veta.cli.qca;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.w3id.veta.qca.fit.NecessityFit;
import org.w3id.veta.qca.fit.SufficiencyFit;
import org.w3id.veta.qca.minimize.IntermediateSolution;
import org.w3id.veta.qca.minimize.Minimization;
import org.w3id.veta.qca.minimize.Model;
import org.w3id.veta.qca.minimize.PiChart;
import org.w3id.veta.qca.minimize.SimplifyingAssumptions;
import org.w3id.veta.qca.minimize.Solution;
import org.w3id.veta.qca.truthtable.OutputValue;
import org.w3id.veta.qca.truthtable.TruthTable;
import org.w3id.veta.qca.truthtable.TruthTableRow;

/**
 * JSON output in exactly the layout of the {@code expected} objects of the R reference cases, so
 * that results can be compared with R key by key. Undefined numbers (NaN, NA) are written as null.
 */
final class JsonReport {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonReport() {
    }

    static ObjectNode calibration(List<String> caseNames, double[] raw, double[] values) {
        ObjectNode node = NODES.objectNode();
        node.set("case_names", strings(caseNames));
        node.set("raw", numbers(raw));
        node.set("values", numbers(values));
        return node;
    }

    static ObjectNode truthTable(TruthTable table) {
        ObjectNode node = NODES.objectNode();
        node.set("conditions", strings(table.data().labels()));
        ArrayNode levels = node.putArray("noflevels");
        for (int level : table.data().levels()) {
            levels.add(level);
        }
        ArrayNode rows = node.putArray("rows");
        for (TruthTableRow row : table.rows()) {
            ObjectNode r = rows.addObject();
            r.put("index", row.index());
            r.set("config", integers(row.config()));
            r.put("OUT", row.out().symbol());
            r.put("n", row.n());
            r.set("incl", number(row.incl()));
            r.set("PRI", number(row.PRI()));
            r.set("cases", strings(row.cases()));
            double[] pValues = table.pValues(row.index());
            if (pValues != null) {
                r.set("pval1", number(pValues[0]));
                if (!Double.isNaN(pValues[1])) {
                    r.set("pval0", number(pValues[1]));
                }
            }
        }
        node.set("print_order", integers(table.printOrder()));
        return node;
    }

    static ObjectNode minimization(Minimization result) {
        TruthTable table = result.truthTable();
        ObjectNode node = NODES.objectNode();
        node.set("truth_table", truthTable(table));
        ObjectNode counts = node.putObject("n_cases");
        int one = table.caseCount(OutputValue.ONE);
        int zero = table.caseCount(OutputValue.ZERO);
        int contradiction = table.caseCount(OutputValue.CONTRADICTION);
        counts.put("OUT1", one);
        counts.put("OUT0", zero);
        counts.put("OUTC", contradiction);
        counts.put("Total", one + zero + contradiction);
        node.set("explained_rows", integers(result.explainedRows()));
        node.set("initials", strings(result.initials()));
        node.set("negative_rows", integers(result.negativeRows()));
        node.set("PIchart", piChart(result.solution()));
        addSolution(node, result.solution());
        ArrayNode assumptions = node.putArray("SA");
        for (SimplifyingAssumptions sa : result.simplifyingAssumptions()) {
            ObjectNode entry = assumptions.addObject();
            entry.put("model", sa.model());
            entry.set("rows", integers(sa.rows()));
            ArrayNode configs = entry.putArray("configs");
            sa.rows().forEach(row -> configs.add(integers(table.space().config(row))));
        }
        if (result.options().wantsIntermediate()) {
            ArrayNode intermediate = node.putArray("intermediate");
            for (IntermediateSolution solution : result.intermediate()) {
                ObjectNode entry = intermediate.addObject();
                entry.put("name", solution.name());
                entry.set("c_sol", strings(solution.conservativeTerms()));
                entry.set("p_sol", strings(solution.parsimoniousTerms()));
                entry.set("EC_rows", integers(solution.easyCounterfactuals()));
                entry.set("DC_rows", integers(solution.difficultCounterfactuals()));
                addSolution(entry, solution.solution());
            }
        }
        return node;
    }

    private static ObjectNode piChart(Solution solution) {
        PiChart chart = solution.chart();
        ObjectNode node = NODES.objectNode();
        node.set("PIs", strings(solution.chartImplicants()));
        node.set("rows", integers(chart.columns()));
        ArrayNode matrix = node.putArray("matrix");
        for (int p = 0; p < chart.implicants().size(); p++) {
            ArrayNode line = matrix.addArray();
            for (int c = 0; c < chart.columns().size(); c++) {
                line.add(chart.covers(p, c) ? 1 : 0);
            }
        }
        return node;
    }

    private static void addSolution(ObjectNode node, Solution solution) {
        node.set("solution_PIs", strings(solution.solutionPIs()));
        node.set("essential", strings(solution.essential()));
        ArrayNode models = node.putArray("models");
        for (Model model : solution.models()) {
            ObjectNode m = models.addObject();
            m.put("name", model.name());
            m.set("terms", strings(model.terms()));
            m.put("expression", model.expression());
            putSufficiency(m, model.fit());
            ArrayNode terms = m.putArray("term_fit");
            model.termFit().forEach(fit -> terms.add(sufficiency(fit)));
        }
        if (solution.allPiFit() == null) {
            node.putNull("all_PI_fit");
        } else {
            ArrayNode all = node.putArray("all_PI_fit");
            solution.allPiFit().forEach(fit -> all.add(sufficiency(fit)));
        }
    }

    static ObjectNode sufficiency(SufficiencyFit fit) {
        ObjectNode node = NODES.objectNode();
        node.put("term", fit.term());
        putSufficiency(node, fit);
        node.set("covU", number(fit.covU()));
        if (fit.cases() != null) {
            node.put("cases", fit.cases());
        }
        return node;
    }

    private static void putSufficiency(ObjectNode node, SufficiencyFit fit) {
        node.set("inclS", number(fit.inclS()));
        node.set("PRI", number(fit.PRI()));
        node.set("covS", number(fit.covS()));
    }

    static ObjectNode necessity(NecessityFit fit) {
        ObjectNode node = NODES.objectNode();
        node.put("term", fit.term());
        node.set("inclN", number(fit.inclN()));
        node.set("RoN", number(fit.RoN()));
        node.set("covN", number(fit.covN()));
        return node;
    }

    /** {"rows": [...]}: the layout of pof and superSubset results. */
    static ObjectNode rows(List<? extends JsonNode> rows) {
        ObjectNode node = NODES.objectNode();
        node.putArray("rows").addAll(rows);
        return node;
    }

    private static JsonNode number(Double value) {
        return value == null || value.isNaN() || value.isInfinite() ? NODES.nullNode() : NODES.numberNode(value);
    }

    private static ArrayNode numbers(double[] values) {
        ArrayNode array = NODES.arrayNode();
        for (double value : values) {
            array.add(number(value));
        }
        return array;
    }

    private static ArrayNode integers(int[] values) {
        ArrayNode array = NODES.arrayNode();
        for (int value : values) {
            array.add(value);
        }
        return array;
    }

    private static ArrayNode integers(List<Integer> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
