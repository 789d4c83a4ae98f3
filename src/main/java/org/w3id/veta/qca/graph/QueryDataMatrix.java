package org.w3id.veta.qca.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.w3id.veta.qca.QcaException;
import org.w3id.veta.qca.data.DataMatrix;
import org.w3id.veta.qca.data.InMemoryDataMatrix;
import org.w3id.veta.query.SparqlTarget;
import org.w3id.veta.vocab.Ids;

/**
 * A QCA data matrix from the graph: the rows of a SELECT query whose first variable names the case (a literal,
 * or a Veta case IRI whose key is used) and whose other variables are membership scores.
 *
 * <p>Scores exist only where a source supports them, so the graph may leave cells empty. A column with no score
 * at all is left out, and a case with an empty cell in the remaining columns is left out; both are reported,
 * so the analysis never silently treats "not coded" as 0.
 */
public final class QueryDataMatrix {
    private static final String CASE_PREFIX = Ids.RESOURCE_BASE + "case/";

    private QueryDataMatrix() {}

    public static DataMatrix load(SparqlTarget target, Query query, Consumer<String> warnings) {
        ResultSetRewindable results = target.select(query);
        List<String> variables = results.getResultVars();
        if (variables.size() < 2) throw new QcaException("the query must select a case column and at least one set column");
        List<String> sets = variables.subList(1, variables.size());
        List<String> caseNames = new ArrayList<>();
        List<Map<String, Double>> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution solution = results.next();
            RDFNode caseNode = solution.get(variables.get(0));
            if (caseNode == null) throw new QcaException("a row of the query has no case in ?" + variables.get(0));
            String caseName = caseName(caseNode);
            if (caseNames.contains(caseName)) throw new QcaException("case '" + caseName + "' appears in two rows of the query");
            Map<String, Double> scores = new LinkedHashMap<>();
            for (String set : sets) {
                RDFNode value = solution.get(set);
                if (value != null) scores.put(set, score(caseName, set, value));
            }
            caseNames.add(caseName);
            rows.add(scores);
        }
        if (caseNames.isEmpty()) throw new QcaException("the query returned no cases");

        List<String> coded = sets.stream().filter(set -> rows.stream().anyMatch(r -> r.containsKey(set))).toList();
        List<String> uncoded = sets.stream().filter(set -> !coded.contains(set)).toList();
        if (!uncoded.isEmpty()) warnings.accept("left out, no case is coded on them: " + String.join(", ", uncoded));
        if (coded.isEmpty()) throw new QcaException("no case is coded on any set");

        List<String> kept = new ArrayList<>();
        List<String> incomplete = new ArrayList<>();
        for (int i = 0; i < caseNames.size(); i++) {
            Map<String, Double> row = rows.get(i);
            List<String> missing = coded.stream().filter(set -> !row.containsKey(set)).toList();
            if (missing.isEmpty()) kept.add(caseNames.get(i));
            else incomplete.add(caseNames.get(i) + " (no " + String.join(", ", missing) + ")");
        }
        if (!incomplete.isEmpty()) warnings.accept("left out, not coded on every set: " + String.join("; ", incomplete));
        if (kept.isEmpty()) throw new QcaException("no case is coded on every set (" + String.join(", ", coded) + ")");

        Map<String, double[]> columns = new LinkedHashMap<>();
        for (String set : coded) {
            double[] values = new double[kept.size()];
            for (int k = 0; k < kept.size(); k++) values[k] = rows.get(caseNames.indexOf(kept.get(k))).get(set);
            columns.put(set, values);
        }
        return new InMemoryDataMatrix(kept, columns);
    }

    private static String caseName(RDFNode node) {
        if (node.isLiteral()) return node.asLiteral().getLexicalForm();
        String iri = node.asResource().getURI();
        return iri != null && iri.startsWith(CASE_PREFIX) ? iri.substring(CASE_PREFIX.length()) : String.valueOf(iri);
    }

    private static double score(String caseName, String set, RDFNode value) {
        if (value.isLiteral()) {
            try {
                double score = Double.parseDouble(value.asLiteral().getLexicalForm());
                if (Double.isFinite(score)) return score;
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new QcaException("case '" + caseName + "', column '" + set + "': '" + value + "' is not a number");
    }
}
