package org.w3id.veta.load;

import org.apache.jena.rdf.model.Resource;
import org.w3id.veta.io.Row;

/** What one column of a curated table means: how a non-empty cell becomes statements about the row's subject. */
public interface Column {
    String name();

    /** Called only for non-empty cells; throws {@link org.w3id.veta.io.InputError} (via {@link Row#error}) on bad values. */
    void apply(Row row, String value, Resource subject, LoadContext context);

    /** Whether the cell may be left blank. */
    default boolean required() { return false; }
}
