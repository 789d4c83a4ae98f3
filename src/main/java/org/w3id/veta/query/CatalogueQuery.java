package org.w3id.veta.query;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * One question of the catalogue: a {@code queries/NAME.rq} file whose header comments give its title, the research
 * question it answers and its parameters (see docs/queries.md).
 */
public record CatalogueQuery(String name, Path file, String title, String question, List<Parameter> parameters,
                             List<String> tags, String text) {

    /**
     * The query with parameters bound: given values first, then defaults. Binding replaces the variable by the
     * value throughout the query, so the result is plain SPARQL 1.1 that any endpoint runs.
     */
    public Query bind(Map<String, String> values) {
        for (String given : values.keySet()) {
            if (parameters.stream().noneMatch(p -> p.name().equals(given))) {
                throw new IllegalArgumentException("query '" + name + "' has no parameter '" + given + "'"
                        + (parameters.isEmpty() ? "" : " (it has: " + String.join(", ", parameters.stream().map(Parameter::name).toList()) + ")"));
            }
        }
        Map<Var, Node> bindings = new HashMap<>();
        for (Parameter parameter : parameters) {
            String value = values.getOrDefault(parameter.name(), parameter.defaultValue());
            if (value == null || value.isEmpty()) continue;
            try {
                bindings.put(Var.alloc(parameter.name()), parameter.toNode(value));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("parameter '" + parameter.name() + "': " + e.getMessage());
            }
        }
        Query query = QueryFactory.create(text);
        return bindings.isEmpty() ? query : QueryTransformOps.replaceVars(query, bindings);
    }
}
