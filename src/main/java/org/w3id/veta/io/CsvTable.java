package org.w3id.veta.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file (RFC 4180, UTF-8, first line = header) read whole, each row knowing the line it starts on.
 * Rows with a different number of fields than the header are rejected with their line.
 */
public final class CsvTable {
    private final Path file;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(Path file, List<String> header, List<Row> rows) {
        this.file = file;
        this.header = header;
        this.rows = rows;
    }

    public Path file() { return file; }
    public List<String> header() { return header; }
    public List<Row> rows() { return rows; }

    public static CsvTable read(Path file) {
        String text = TextFiles.readUtf8(file);
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = null;
            List<Row> rows = new ArrayList<>();
            long nextLine = 1;
            for (CSVRecord record : parser) {
                long line = startLine(text, nextLine, record);
                nextLine = parser.getCurrentLineNumber() + 1;
                List<String> fields = record.toList();
                if (header == null) {
                    header = fields.stream().map(String::strip).toList();
                    continue;
                }
                if (fields.size() != header.size()) {
                    throw new InputError(file, line, "row has " + fields.size() + " fields, the header has "
                            + header.size() + " (a missing or extra comma, or an unquoted comma inside a value?)");
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) values.put(header.get(i), fields.get(i).strip());
                rows.add(new Row(file, line, values));
            }
            if (header == null) throw new InputError(file, 1, "the file is empty: expected a header line");
            return new CsvTable(file, header, rows);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new InputError(file, 0, "not valid CSV: " + e.getMessage());
        } catch (IOException e) {
            throw new InputError(file, 0, "not valid CSV: " + e.getMessage());
        }
    }

    /** Commons CSV skips blank lines silently; the record starts at the first non-blank line from where the last ended. */
    private static long startLine(String text, long candidate, CSVRecord record) {
        long offset = record.getCharacterPosition();
        long line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') line++;
        }
        return Math.max(line, candidate);
    }

    /** Fails with the file and line 1 when a column the loader needs is missing from the header. */
    public void requireColumns(List<String> columns) {
        for (String column : columns) {
            if (!header.contains(column)) {
                throw new InputError(file, 1, "missing column '" + column + "' (the header has: " + String.join(", ", header) + ")");
            }
        }
        for (String column : header) {
            if (!columns.contains(column)) {
                throw new InputError(file, 1, "unknown column '" + column + "' (expected: " + String.join(", ", columns) + ")");
            }
        }
    }
}
