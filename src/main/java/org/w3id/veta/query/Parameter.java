package org.w3id.veta.query;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.veta.load.Dates;
import org.w3id.veta.vocab.Ids;

/**
 * A parameter of a catalogue query: a variable of the query that the user may bind with {@code --param name=value}.
 * Types: {@code string}, {@code integer}, {@code date} (YYYY, YYYY-MM or YYYY-MM-DD), {@code iri}, or
 * {@code id:KIND}, a key of a Veta resource of that kind (e.g. {@code id:case} turns {@code sotrami} into
 * {@code https://w3id.org/veta/id/case/sotrami}). Unbound parameters without a default stay free: "any".
 */
public record Parameter(String name, String type, String defaultValue, String description) {

    /** The RDF term for a value, or an IllegalArgumentException saying why the value does not fit the type. */
    public Node toNode(String value) {
        switch (type) {
            case "string": return NodeFactory.createLiteralString(value);
            case "integer":
                if (!value.matches("-?\\d+")) throw new IllegalArgumentException("'" + value + "' is not an integer");
                return NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
            case "date": {
                var date = Dates.parse(value);
                if (date == null) throw new IllegalArgumentException("'" + value + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
                return date.asNode();
            }
            case "iri":
                if (!value.matches("https?://\\S+")) throw new IllegalArgumentException("'" + value + "' is not an http(s) IRI");
                return NodeFactory.createURI(value);
            default:
                if (type.startsWith("id:")) {
                    if (!Ids.isValidKey(value)) throw new IllegalArgumentException("'" + value + "' is not a valid key");
                    return NodeFactory.createURI(Ids.resource(type.substring(3), value));
                }
                throw new IllegalArgumentException("unknown parameter type '" + type + "'");
        }
    }

    static boolean isKnownType(String type) {
        return switch (type) {
            case "string", "integer", "date", "iri" -> true;
            default -> type.startsWith("id:") && type.length() > 3;
        };
    }
}
