package org.w3id.veta.support;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.veta.query.SparqlTarget;

/** SELECT queries on a test store through the project's own {@link SparqlTarget}, with Veta's prefix declared. */
public final class Sparql {
    private static final String PREFIXES = "PREFIX veta: <https://w3id.org/veta/ontology#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

    private Sparql() {}

    /** The first variable of every row: a literal's lexical form, or an IRI. */
    public static List<String> column(DatasetGraph dataset, String select) {
        var results = SparqlTarget.local(dataset).select(QueryFactory.create(PREFIXES + select));
        String variable = results.getResultVars().get(0);
        List<String> values = new ArrayList<>();
        results.forEachRemaining(row -> values.add(text(row.get(variable))));
        return values;
    }

    /** The first variable of the first row. */
    public static String one(DatasetGraph dataset, String select) {
        List<String> values = column(dataset, select);
        if (values.isEmpty()) throw new AssertionError("no answer to " + select);
        return values.get(0);
    }

    private static String text(RDFNode node) {
        if (node == null) return "";
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }
}
