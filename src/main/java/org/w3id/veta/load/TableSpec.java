package org.w3id.veta.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.w3id.veta.io.Row;

/**
 * The meaning of one curated table: its file, the kind of thing each row describes (the {@code {kind}} of
 * {@code https://w3id.org/veta/id/{kind}/{key}}), the column holding the key, the class of the rows and its columns.
 *
 * <p>A fact table also has the three provenance columns every curated fact carries:
 * {@code certainty} (official / secondary / uncertain), {@code certainty_note} and {@code source} (required).
 */
public final class TableSpec {
    private final String file;
    private final String kind;
    private final String kindColumn;
    private final Resource type;
    private final List<Column> columns;
    private final boolean facts;
    private final Map<String, Resource> typesByKind;
    private Property keyProperty;
    private final Map<Property, Resource> constants = new java.util.LinkedHashMap<>();

    private TableSpec(String file, String kind, String kindColumn, Resource type, List<Column> columns, boolean facts,
                      Map<String, Resource> typesByKind) {
        this.file = file;
        this.typesByKind = typesByKind;
        this.kind = kind;
        this.kindColumn = kindColumn;
        this.type = type;
        this.facts = facts;
        List<Column> all = new ArrayList<>(columns);
        if (facts) all.addAll(Columns.provenance());
        this.columns = List.copyOf(all);
    }

    /** A table of facts: each row needs a source and a certainty. */
    public static TableSpec facts(String file, String kind, Resource type, Column... columns) {
        return new TableSpec(file, kind, null, type, List.of(columns), true, Map.of());
    }

    /**
     * A controlled vocabulary: each row's kind is given by a column (e.g. {@code scheme}) and decides its class;
     * no sources needed (these are terms, not facts).
     */
    public static TableSpec vocabulary(String file, String kindColumn, Map<String, Resource> typesByKind, Column... columns) {
        return new TableSpec(file, null, kindColumn, null, List.of(columns), false, typesByKind);
    }

    /** A table of sources cited by id from the other tables. */
    public static TableSpec sources(String file, Resource type, Column... columns) {
        return new TableSpec(file, "source", null, type, List.of(columns), false, Map.of());
    }

    /** The key is also stated with this property (e.g. a department's UBIGEO code is its key). */
    public TableSpec withKeyProperty(Property property) {
        this.keyProperty = property;
        return this;
    }

    public Property keyProperty() { return keyProperty; }

    /** Every row also states {@code property value} (e.g. each observation belongs to its qb:DataSet). */
    public TableSpec withConstant(Property property, Resource value) {
        constants.put(property, value);
        return this;
    }

    public Map<Property, Resource> constants() { return constants; }

    public String file() { return file; }
    public Resource type() { return type; }
    public List<Column> columns() { return columns; }
    public boolean isFactTable() { return facts; }

    /** The graph name of the table: {@code data/} plus the file name without {@code .csv}. */
    public String graphName() {
        return "data/" + file.replaceFirst("\\.csv$", "");
    }

    public String kindOf(Row row) {
        if (kind != null) return kind;
        String value = row.get(kindColumn);
        if (!typesByKind.containsKey(value)) {
            throw row.error(kindColumn, "unknown " + kindColumn + " '" + value + "' (expected one of: "
                    + String.join(", ", typesByKind.keySet().stream().sorted().toList()) + ")");
        }
        return value;
    }

    /** The class of a row of the given kind. */
    public Resource typeOf(String rowKind) {
        return type != null ? type : typesByKind.get(rowKind);
    }

    /** The column names the file must have, in order: {@code id}, the kind column if any, then the columns. */
    public List<String> columnNames() {
        List<String> names = new ArrayList<>();
        names.add("id");
        if (kindColumn != null) names.add(kindColumn);
        columns.forEach(c -> names.add(c.name()));
        return names;
    }
}
