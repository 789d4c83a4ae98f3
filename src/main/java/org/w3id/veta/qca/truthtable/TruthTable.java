package org.w3id.veta.qca.truthtable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.w3id.veta.qca.QcaException;
import org.w3id.veta.qca.data.SetData;

/**
 * A truth table computed like R's {@code truthTable}: one row per configuration of the conditions,
 * with OUT, the number of cases {@code n}, sufficiency inclusion, PRI and the cases. With up to
 * {@value #ALL_ROWS_UP_TO} conditions every configuration is stored (as R does); otherwise only the
 * observed ones that pass {@code n.cut}, and {@link #row(int)} synthesises remainders on demand.
 */
public final class TruthTable {

    static final int ALL_ROWS_UP_TO = 7;

    private final SetData data;
    private final TruthTableOptions options;
    private final RowSpace space;
    private final Map<Integer, TruthTableRow> rows;

    private TruthTable(SetData data, TruthTableOptions options, RowSpace space, Map<Integer, TruthTableRow> rows) {
        this.data = data;
        this.options = options;
        this.space = space;
        this.rows = rows;
    }

    public static TruthTable build(SetData data, TruthTableOptions options) {
        RowSpace space = new RowSpace(data.levels());
        // Every case makes its row observed, but a case with a fuzzy score of exactly 0.5 has membership
        // of at most 0.5 everywhere: R counts it in no row's n and lists it in no row's cases.
        Map<Integer, List<Integer>> casesByRow = new TreeMap<>();
        for (int i = 0; i < data.caseCount(); i++) {
            int[] config = new int[data.conditionCount()];
            for (int j = 0; j < config.length; j++) {
                config[j] = data.crispValue(j, i);
            }
            List<Integer> members = casesByRow.computeIfAbsent(space.index(config), k -> new ArrayList<>());
            if (!data.hasHalfScore(i)) {
                members.add(i);
            }
        }
        double[] y = data.outcome();
        Map<Integer, TruthTableRow> rows = new TreeMap<>();
        for (Map.Entry<Integer, List<Integer>> entry : casesByRow.entrySet()) {
            TruthTableRow row = observedRow(data, options, space, entry.getKey(), entry.getValue(), y);
            rows.put(row.index(), row);
        }
        if (rows.values().stream().allMatch(r -> r.out() == OutputValue.REMAINDER)) {
            throw new QcaException("There are no configurations, using these cutoff values.");
        }
        if (data.conditionCount() <= ALL_ROWS_UP_TO) {
            for (int index = 1; index <= space.size(); index++) {
                rows.computeIfAbsent(index, i -> remainder(space, i));
            }
        } else {
            // Like R, large tables keep only the rows that pass n.cut.
            rows.values().removeIf(r -> r.out() == OutputValue.REMAINDER);
        }
        return new TruthTable(data, options, space, rows);
    }

    private static TruthTableRow observedRow(SetData data, TruthTableOptions options, RowSpace space, int index,
            List<Integer> members, double[] y) {
        int[] config = space.config(index);
        int[] codes = new int[config.length];
        for (int j = 0; j < codes.length; j++) {
            codes[j] = config[j] + 1;
        }
        double[] m = data.implicantMembership(codes);
        double sumM = 0;
        double sumMY = 0;
        double sumMYnotY = 0;
        for (int i = 0; i < m.length; i++) {
            double my = Math.min(m[i], y[i]);
            sumM += m[i];
            sumMY += my;
            sumMYnotY += Math.min(my, 1 - y[i]);
        }
        double incl = sumMY / sumM;
        double pri = (sumMY - sumMYnotY) / (sumM - sumMYnotY);
        int n = members.size();
        List<String> cases = members.stream().map(i -> data.caseNames().get(i)).toList();
        return new TruthTableRow(index, config, outputValue(options, n, incl, pri), n, incl, pri, cases);
    }

    static OutputValue outputValue(TruthTableOptions options, int n, double incl, double pri) {
        if (n < options.nCut()) {
            return OutputValue.REMAINDER;
        }
        double tol = SetData.TOLERANCE;
        OutputValue out = incl + tol > options.inclCut1() && pri + tol > options.priCut()
                ? OutputValue.ONE : OutputValue.ZERO;
        if (incl < options.inclCut1() && incl + tol > options.inclCut0()) {
            out = OutputValue.CONTRADICTION;
        }
        return out;
    }

    private static TruthTableRow remainder(RowSpace space, int index) {
        return new TruthTableRow(index, space.config(index), OutputValue.REMAINDER, 0, null, null, List.of());
    }

    /** The stored rows in ascending index (all rows with up to 7 conditions, otherwise the kept observed ones). */
    public List<TruthTableRow> rows() {
        return List.copyOf(rows.values());
    }

    /** Any row, stored or not: rows that were not stored are unobserved remainders. */
    public TruthTableRow row(int index) {
        TruthTableRow row = rows.get(index);
        return row != null ? row : remainder(space, index);
    }

    public List<TruthTableRow> rowsWith(OutputValue out) {
        return rows.values().stream().filter(r -> r.out() == out).toList();
    }

    /** Row indices in display order: rows with OUT other than "?", sorted by the {@code sortBy} keys. */
    public List<Integer> printOrder() {
        List<TruthTableRow> shown = new ArrayList<>(rows.values().stream()
                .filter(r -> r.out() != OutputValue.REMAINDER).toList());
        Comparator<TruthTableRow> order = (a, b) -> 0;
        for (String key : options.sortBy()) {
            order = order.thenComparing(sortKey(key));
        }
        shown.sort(order); // List.sort is stable: ties keep ascending index order, as in R
        return shown.stream().map(TruthTableRow::index).toList();
    }

    private static Comparator<TruthTableRow> sortKey(String key) {
        return switch (key) {
            case "incl" -> Comparator.comparing(TruthTableRow::incl, Comparator.reverseOrder());
            case "PRI" -> Comparator.comparing(TruthTableRow::PRI, Comparator.reverseOrder());
            case "n" -> Comparator.comparing(TruthTableRow::n, Comparator.reverseOrder());
            case "OUT" -> Comparator.comparing((TruthTableRow r) -> r.out().symbol(), Comparator.reverseOrder());
            default -> throw new IllegalArgumentException(key);
        };
    }

    /** Sum of {@code n} over the rows with the given OUT value. */
    public int caseCount(OutputValue out) {
        return rows.values().stream().filter(r -> r.out() == out).mapToInt(TruthTableRow::n).sum();
    }

    public SetData data() {
        return data;
    }

    public TruthTableOptions options() {
        return options;
    }

    public RowSpace space() {
        return space;
    }
}
