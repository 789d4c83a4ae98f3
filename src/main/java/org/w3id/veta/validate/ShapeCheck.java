package org.w3id.veta.validate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;

/**
 * SHACL validation of Veta's data against {@code ontology/shapes.ttl}, with a report a curator can read:
 * grouped by shape, then by focus node, each line a path and a message.
 */
public final class ShapeCheck {
    private final Shapes shapes;
    private final Graph shapesGraph;

    public ShapeCheck(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
        this.shapesGraph = shapesGraph;
    }

    /** Validates a graph holding the ontology and the data (the ontology gives the class hierarchy). */
    public Result validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        return new Result(report.getEntries().stream().toList(), shapesGraph);
    }

    public record Result(List<ReportEntry> entries, Graph shapesGraph) {
        public long violations() {
            return entries.stream().filter(e -> e.severity() == Severity.Violation).count();
        }

        public boolean conforms() { return violations() == 0; }

        public String format() {
            Map<String, Map<String, List<String>>> byShape = new TreeMap<>();
            for (ReportEntry entry : entries) {
                String shape = node(namedShape(entry.source()));
                String focus = node(entry.focusNode());
                String path = entry.resultPath() == null ? "" : entry.resultPath().toString(new org.apache.jena.sparql.core.Prologue(shapesGraph.getPrefixMapping())) + ": ";
                String line = "[" + entry.severity().level().getLocalName() + "] " + path + entry.message();
                byShape.computeIfAbsent(shape, s -> new TreeMap<>()).computeIfAbsent(focus, f -> new java.util.ArrayList<>()).add(line);
            }
            StringBuilder text = new StringBuilder();
            byShape.forEach((shape, byFocus) -> {
                long count = byFocus.values().stream().mapToLong(List::size).sum();
                text.append("Shape ").append(shape).append(" (").append(count).append(count == 1 ? " result)" : " results)").append('\n');
                byFocus.forEach((focus, lines) -> {
                    text.append("  ").append(focus).append('\n');
                    lines.forEach(l -> text.append("    ").append(l).append('\n'));
                });
            });
            return text.toString();
        }

        /** Property shapes are blank nodes: report the named node shape that holds them. */
        private Node namedShape(Node shape) {
            if (shape == null || !shape.isBlank()) return shape;
            var holders = shapesGraph.find(Node.ANY, SHACL.property, shape).toList();
            return holders.isEmpty() ? shape : holders.get(0).getSubject();
        }

        private String node(Node node) {
            return node == null ? "(none)" : NodeFmtLib.str(node, org.apache.jena.riot.system.PrefixMapFactory.create(shapesGraph.getPrefixMapping()));
        }
    }
}
