package org.w3id.veta.load;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.veta.io.Row;
import org.w3id.veta.vocab.VETA;

/** The kinds of column a curated table can have. Each factory returns a {@link Column}. */
public final class Columns {
    private static final Pattern WIKIDATA_QID = Pattern.compile("Q[1-9][0-9]*");
    private static final Map<String, Resource> CERTAINTY = Map.of(
            "official", VETA.Official, "secondary", VETA.Secondary, "uncertain", VETA.Uncertain);

    private Columns() {}

    private record Simple(String name, boolean required, Applier applier) implements Column {
        @Override public void apply(Row row, String value, Resource subject, LoadContext context) {
            applier.apply(row, value, subject, context);
        }
    }

    @FunctionalInterface
    private interface Applier {
        void apply(Row row, String value, Resource subject, LoadContext context);
    }

    private static Column column(String name, Applier applier) { return new Simple(name, false, applier); }

    /** The same column, but a blank cell is an error. */
    public static Column required(Column column) {
        return new Simple(column.name(), true, column::apply);
    }

    /** The row's name: rdfs:label, required. */
    public static Column label(String name) {
        return required(text(name, RDFS.label));
    }

    /** A plain string, kept as the curators wrote it. */
    public static Column text(String name, Property property) {
        return column(name, (row, value, subject, ctx) -> subject.addProperty(property, value));
    }

    /** A string in a given language (e.g. "en" for labels written in English). */
    public static Column text(String name, Property property, String language) {
        return column(name, (row, value, subject, ctx) -> subject.addProperty(property, value, language));
    }

    /** Several strings separated by ';'. */
    public static Column texts(String name, Property property) {
        return column(name, (row, value, subject, ctx) -> row.list(name).forEach(v -> subject.addProperty(property, v)));
    }

    /** A string from a closed list of values. */
    public static Column oneOf(String name, Property property, String... values) {
        List<String> allowed = List.of(values);
        return column(name, (row, value, subject, ctx) -> {
            if (!allowed.contains(value)) throw row.error(name, "unknown value '" + value + "' (expected one of: " + String.join(", ", allowed) + ")");
            subject.addProperty(property, value);
        });
    }

    /** A date at its known precision (see {@link Dates}). */
    public static Column date(String name, Property property) {
        return column(name, (row, value, subject, ctx) -> {
            Literal date = Dates.parse(value);
            if (date == null) {
                throw row.error(name, "invalid date '" + value + "' (expected YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date;"
                        + " explain imprecise or conflicting dates in a note column)");
            }
            subject.addProperty(property, date);
        });
    }

    /** A non-negative decimal number (counts, hectares, tonnes). */
    public static Column decimal(String name, Property property) {
        return column(name, (row, value, subject, ctx) -> {
            try {
                BigDecimal number = new BigDecimal(value);
                if (number.signum() < 0) throw row.error(name, "negative number '" + value + "'");
                boolean whole = number.stripTrailingZeros().scale() <= 0;
                subject.addProperty(property, whole
                        ? ctx.model().createTypedLiteral(number.toBigIntegerExact().toString(), XSDDatatype.XSDinteger)
                        : ctx.model().createTypedLiteral(number.toPlainString(), XSDDatatype.XSDdecimal));
            } catch (NumberFormatException | ArithmeticException e) {
                throw row.error(name, "not a number: '" + value + "' (use digits and '.', no thousands separators)");
            }
        });
    }

    /** Ids of rows of the given kinds, separated by ';'. */
    public static Column references(String name, Property property, String... kinds) {
        List<String> allowed = List.of(kinds);
        return column(name, (row, value, subject, ctx) -> {
            for (String key : row.list(name)) subject.addProperty(property, ctx.reference(row, name, key, allowed));
        });
    }

    /** A web address (http or https). */
    public static Column iri(String name, Property property) {
        return column(name, (row, value, subject, ctx) -> {
            if (!(value.startsWith("http://") || value.startsWith("https://")) || value.contains(" ")) {
                throw row.error(name, "not a web address: '" + value + "'");
            }
            subject.addProperty(property, ctx.model().createResource(value));
        });
    }

    /** Ids of rows that point to this row: adds {@code (that row) property (this row)}. */
    public static Column referencedBy(String name, Property property, String... kinds) {
        List<String> allowed = List.of(kinds);
        return column(name, (row, value, subject, ctx) -> {
            for (String key : row.list(name)) ctx.reference(row, name, key, allowed).addProperty(property, subject);
        });
    }

    /** The class of the row, chosen by a keyword (e.g. actor kinds). */
    public static Column typeFrom(String name, Map<String, Resource> classes) {
        return required(column(name, (row, value, subject, ctx) -> {
            Resource type = classes.get(value);
            if (type == null) throw row.error(name, "unknown value '" + value + "' (expected one of: " + String.join(", ", classes.keySet().stream().sorted().toList()) + ")");
            subject.addProperty(RDF.type, type);
        }));
    }

    /** A Wikidata item the row is the same as; only Q-ids confirmed by the row's sources belong here. */
    public static Column wikidata(String name) {
        return column(name, (row, value, subject, ctx) -> {
            if (!WIKIDATA_QID.matcher(value).matches()) throw row.error(name, "not a Wikidata Q-id: '" + value + "'");
            subject.addProperty(OWL.sameAs, ctx.model().createResource("http://www.wikidata.org/entity/" + value));
        });
    }

    /**
     * Arrangement kinds observed in a case: each becomes an arrangement node of that class,
     * {@code id/arrangement/{case}.{kind}}, with the case's sources and certainty (see {@link LoadContext#mint}).
     */
    public static Column arrangements(String name, Map<String, Resource> classes) {
        return column(name, (row, value, subject, ctx) -> {
            for (String kind : row.list(name)) {
                Resource type = classes.get(kind);
                if (type == null) throw row.error(name, "unknown arrangement '" + kind + "' (expected one of: " + String.join(", ", classes.keySet().stream().sorted().toList()) + ")");
                Resource arrangement = ctx.mint("arrangement", row.get("id") + "." + kind);
                arrangement.addProperty(RDF.type, type);
                arrangement.addProperty(RDFS.label, kind.replace('-', ' ') + " — " + subject.getProperty(RDFS.label).getString());
                subject.addProperty(VETA.arrangement, arrangement);
            }
        });
    }

    /** certainty, certainty_note, source: the columns of every fact table. */
    static List<Column> provenance() {
        return List.of(
                required(column("certainty", (row, value, subject, ctx) -> {
                    Resource level = CERTAINTY.get(value);
                    if (level == null) throw row.error("certainty", "unknown certainty '" + value + "' (expected official, secondary or uncertain)");
                    subject.addProperty(VETA.certainty, level);
                })),
                text("certainty_note", VETA.certaintyNote),
                required(column("source", (row, value, subject, ctx) -> {
                    for (String entry : row.list("source")) subject.addProperty(VETA.source, ctx.source(row, "source", entry));
                })));
    }
}
