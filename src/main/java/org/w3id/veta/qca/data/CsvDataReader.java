package org.w3id.veta.qca.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.veta.qca.QcaException;

/**
 * Reads a comma-separated file whose first row holds column names and whose first column holds
 * case names; every other cell must be a number. Errors name the file, the line and the problem.
 */
public final class CsvDataReader {

    private CsvDataReader() {
    }

    public static DataMatrix read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new QcaException(file + ": cannot read file (" + e.getMessage() + ")");
        }
        return parse(file.getFileName().toString(), lines);
    }

    /** Parses CSV lines; {@code source} is only used in error messages. */
    public static DataMatrix parse(String source, List<String> lines) {
        int headerLine = firstNonBlank(lines);
        if (headerLine < 0) {
            throw new QcaException(source + ": the file is empty");
        }
        List<String> header = splitFields(lines.get(headerLine), source, headerLine + 1);
        if (header.size() < 2) {
            throw new QcaException(source + ":" + (headerLine + 1)
                    + ": expected a case-name column followed by at least one data column");
        }
        List<String> columnNames = header.subList(1, header.size());
        List<String> caseNames = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (int i = headerLine + 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            int lineNumber = i + 1;
            List<String> fields = splitFields(lines.get(i), source, lineNumber);
            if (fields.size() != header.size()) {
                throw new QcaException(source + ":" + lineNumber + ": expected " + header.size()
                        + " fields but found " + fields.size());
            }
            caseNames.add(fields.get(0));
            double[] row = new double[columnNames.size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = parseNumber(fields.get(c + 1), source, lineNumber, columnNames.get(c));
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new QcaException(source + ": the file has a header but no cases");
        }
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (int c = 0; c < columnNames.size(); c++) {
            String name = columnNames.get(c);
            if (columns.containsKey(name)) {
                throw new QcaException(source + ":" + (headerLine + 1) + ": duplicate column '" + name + "'");
            }
            double[] values = new double[rows.size()];
            for (int r = 0; r < values.length; r++) {
                values[r] = rows.get(r)[c];
            }
            columns.put(name, values);
        }
        return new InMemoryDataMatrix(caseNames, columns);
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static double parseNumber(String text, String source, int line, String column) {
        String value = text.trim();
        if (value.isEmpty() || value.equals("NA")) {
            return Double.NaN; // R's NA; each analysis decides whether it can handle it
        }
        try {
            double number = Double.parseDouble(value);
            if (!Double.isFinite(number)) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new QcaException(source + ":" + line + ": column '" + column + "' value '" + value
                    + "' is not a number");
        }
    }

    /** Splits one CSV record; fields may be double-quoted, with "" standing for a literal quote. */
    static List<String> splitFields(String line, String source, int lineNumber) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw new QcaException(source + ":" + lineNumber + ": unterminated quoted field");
        }
        fields.add(field.toString().trim());
        return fields;
    }
}
