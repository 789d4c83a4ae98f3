package org.w3id.veta.qca.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.veta.qca.QcaException;

/** A {@link DataMatrix} held in memory; columns keep their insertion order. */
public final class InMemoryDataMatrix implements DataMatrix {

    private final List<String> caseNames;
    private final Map<String, double[]> columns;

    public InMemoryDataMatrix(List<String> caseNames, Map<String, double[]> columns) {
        this.caseNames = List.copyOf(caseNames);
        this.columns = new LinkedHashMap<>();
        columns.forEach((name, values) -> {
            if (values.length != caseNames.size()) {
                throw new QcaException("column '" + name + "' has " + values.length
                        + " values but there are " + caseNames.size() + " cases");
            }
            this.columns.put(name, values.clone());
        });
    }

    @Override
    public List<String> caseNames() {
        return caseNames;
    }

    @Override
    public List<String> columnNames() {
        return new ArrayList<>(columns.keySet());
    }

    @Override
    public double[] column(String name) {
        double[] values = columns.get(name);
        if (values == null) {
            throw new QcaException("there is no column '" + name + "' in the data (columns: "
                    + String.join(", ", columns.keySet()) + ")");
        }
        return values.clone();
    }
}
