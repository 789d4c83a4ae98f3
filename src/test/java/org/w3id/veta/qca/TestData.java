package org.w3id.veta.qca;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.veta.qca.data.DataMatrix;
import org.w3id.veta.qca.data.InMemoryDataMatrix;

/** Small data sets written inline, so that engine tests do not depend on the reference folder. */
public final class TestData {

    private TestData() {
    }

    /** Builds a matrix from a header ("P,Q,R,OUT") and rows of numbers; cases are named 1, 2, 3 … */
    public static DataMatrix of(String header, double[]... rows) {
        String[] names = header.split(",");
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (int c = 0; c < names.length; c++) {
            double[] column = new double[rows.length];
            for (int r = 0; r < rows.length; r++) {
                column[r] = rows[r][c];
            }
            columns.put(names[c], column);
        }
        List<String> cases = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            cases.add(String.valueOf(r + 1));
        }
        return new InMemoryDataMatrix(cases, columns);
    }

    /** Quine's cyclic example: six positive rows whose PI chart has two minimal solutions. */
    public static DataMatrix quine() {
        return of("P,Q,R,OUT",
                new double[] {0, 1, 1, 1}, new double[] {0, 1, 0, 1}, new double[] {1, 0, 1, 1},
                new double[] {1, 0, 0, 1}, new double[] {0, 0, 1, 1}, new double[] {1, 1, 0, 1});
    }

    /** Lipset's multi-value data (LM): DEV has three levels. */
    public static DataMatrix lipsetMultiValue() {
        return of("DEV,URB,LIT,IND,STB,SURV",
                new double[] {1, 0, 1, 1, 0, 0}, new double[] {2, 1, 1, 1, 1, 1}, new double[] {1, 1, 1, 1, 1, 1},
                new double[] {0, 0, 1, 0, 1, 0}, new double[] {1, 0, 1, 0, 1, 1}, new double[] {2, 0, 1, 1, 1, 1},
                new double[] {1, 1, 1, 1, 0, 0}, new double[] {0, 0, 0, 0, 0, 0}, new double[] {0, 0, 1, 0, 0, 0},
                new double[] {1, 0, 1, 0, 1, 1}, new double[] {0, 0, 0, 0, 1, 0}, new double[] {2, 1, 1, 1, 1, 1},
                new double[] {0, 0, 1, 0, 0, 0}, new double[] {0, 0, 0, 0, 0, 0}, new double[] {0, 0, 0, 0, 1, 0},
                new double[] {0, 0, 0, 0, 0, 0}, new double[] {2, 0, 1, 1, 1, 1}, new double[] {2, 1, 1, 1, 1, 1});
    }
}
