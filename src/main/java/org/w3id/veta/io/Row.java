package org.w3id.veta.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One row of a {@link CsvTable}: its values by column name and where it stands, for error messages. */
public record Row(Path file, long line, Map<String, String> values) {

    /** The value of a column, stripped; empty when blank. */
    public String get(String column) {
        String value = values.get(column);
        return value == null ? "" : value;
    }

    /** A list cell: items separated by ';' (URLs and ids never contain one). */
    public List<String> list(String column) {
        String value = get(column);
        if (value.isEmpty()) return List.of();
        return Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public InputError error(String column, String problem) {
        return new InputError(file, line, "column '" + column + "': " + problem);
    }
}
