package org.w3id.veta.qca.data;

import java.util.List;

/**
 * A rectangular table of numeric values: one row per case, one column per set (condition or outcome).
 * Implementations may come from a CSV file ({@link CsvDataReader}) or from any other source
 * (e.g. a knowledge-graph query) as long as they expose names and numeric columns.
 */
public interface DataMatrix {

    List<String> caseNames();

    List<String> columnNames();

    /**
     * The values of one column, in case order; NaN marks a missing value (R's NA). Throws
     * {@link org.w3id.veta.qca.QcaException} if absent.
     */
    double[] column(String name);

    default int caseCount() {
        return caseNames().size();
    }

    default boolean hasColumn(String name) {
        return columnNames().contains(name);
    }
}
