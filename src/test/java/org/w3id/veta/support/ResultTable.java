package org.w3id.veta.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.rdf4j.query.BindingSet;
import org.w3id.veta.query.SparqlTarget;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.Repository;
import org.eclipse.rdf4j.rio.helpers.NTriplesUtil;

/**
 * SELECT results as text, engine-neutral: the variables, then each row's terms in N-Triples form (empty when
 * unbound). Values made with GROUP_CONCAT(...; separator=" | ") have their parts sorted, because the order of
 * concatenation is not defined by SPARQL and differs between engines.
 */
public record ResultTable(List<String> variables, List<List<String>> rows) {

    public static ResultTable jena(DatasetGraph dataset, org.apache.jena.query.Query query) {
        ResultSet results = SparqlTarget.local(dataset).select(query);
        List<String> vars = results.getResultVars();
        List<List<String>> rows = new ArrayList<>();
        results.forEachRemaining(solution -> {
            List<String> row = new ArrayList<>();
            for (String v : vars) {
                var node = solution.get(v);
                row.add(node == null ? "" : normalise(NodeFmtLib.strNT(node.asNode())));
            }
            rows.add(row);
        });
        return new ResultTable(vars, rows);
    }

    public static ResultTable rdf4j(Repository repository, String query) {
        try (var connection = repository.getConnection();
             TupleQueryResult result = connection.prepareTupleQuery(query).evaluate()) {
            List<String> vars = result.getBindingNames();
            List<List<String>> rows = new ArrayList<>();
            for (BindingSet bindings : result) {
                List<String> row = new ArrayList<>();
                for (String v : vars) {
                    var value = bindings.getValue(v);
                    row.add(value == null ? "" : normalise(NTriplesUtil.toNTriplesString(value)));
                }
                rows.add(row);
            }
            return new ResultTable(vars, rows);
        }
    }

    private static String normalise(String term) {
        if (!term.startsWith("\"") || !term.contains(" | ")) return term;
        int end = term.lastIndexOf('"');
        String[] parts = term.substring(1, end).split(" \\| ");
        Arrays.sort(parts);
        return "\"" + String.join(" | ", parts) + term.substring(end);
    }

    /** The same rows regardless of order. */
    public ResultTable sorted() {
        List<List<String>> copy = new ArrayList<>(rows);
        copy.sort((a, b) -> String.join("\t", a).compareTo(String.join("\t", b)));
        return new ResultTable(variables, copy);
    }

    /** A short description of where two tables first differ, for assertion messages. */
    public static String firstDifference(ResultTable a, ResultTable b) {
        for (int i = 0; i < Math.min(a.rows.size(), b.rows.size()); i++) {
            if (!a.rows.get(i).equals(b.rows.get(i))) return "row " + (i + 1) + ":\n  " + a.rows.get(i) + "\n  " + b.rows.get(i);
        }
        return a.rows.size() + " rows versus " + b.rows.size();
    }

    public String toTsv() {
        StringBuilder text = new StringBuilder(String.join("\t", variables.stream().map(v -> "?" + v).toList())).append('\n');
        rows.forEach(r -> text.append(String.join("\t", r)).append('\n'));
        return text.toString();
    }

    public static ResultTable readTsv(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> vars = Arrays.stream(lines.get(0).split("\t", -1)).map(v -> v.substring(1)).toList();
            List<List<String>> rows = lines.subList(1, lines.size()).stream().map(l -> List.of(l.split("\t", -1))).toList();
            return new ResultTable(vars, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writeTsv(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, toTsv(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
