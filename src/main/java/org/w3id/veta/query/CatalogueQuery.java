package org.w3id.veta.query;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * One question of the catalogue: a {@code queries/NAME.rq} file whose header comments give its title, the research
 * question it answers and its parameters (see docs/queries.md).
 */
public record CatalogueQuery(String name, Path file, String title, String question, List<Parameter> parameters,
                             List<Map<String, String>> examples, List<String> tags, String text) {

    /**
     * The query with parameters bound: given values first, then defaults. Each bound parameter becomes a
     * {@code VALUES ?param { value }} at the start of the top-level WHERE group, so FILTERs there see it (and
     * {@code BOUND(?param)} works), and the result is plain SPARQL 1.1 that any endpoint runs.
     */
    public Query bind(Map<String, String> values) {
        for (String given : values.keySet()) {
            if (parameters.stream().noneMatch(p -> p.name().equals(given))) {
                throw new IllegalArgumentException("query '" + name + "' has no parameter '" + given + "'"
                        + (parameters.isEmpty() ? "" : " (it has: " + String.join(", ", parameters.stream().map(Parameter::name).toList()) + ")"));
            }
        }
        Map<Var, Node> bindings = new LinkedHashMap<>();
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
        if (bindings.isEmpty()) return query;
        ElementData block = new ElementData();
        Binding row = BindingFactory.empty();
        for (Map.Entry<Var, Node> binding : bindings.entrySet()) {
            block.add(binding.getKey());
            row = BindingFactory.binding(row, binding.getKey(), binding.getValue());
        }
        block.add(row);
        ElementGroup where = query.getQueryPattern() instanceof ElementGroup group ? group : wrap(query.getQueryPattern());
        where.getElements().add(0, block);
        query.setQueryPattern(where);
        return query;
    }

    private static ElementGroup wrap(Element pattern) {
        ElementGroup group = new ElementGroup();
        group.addElement(pattern);
        return group;
    }
}
