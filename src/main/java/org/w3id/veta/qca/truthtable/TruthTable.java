package org.w3id.veta.qca.truthtable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.w3id.veta.qca.QcaException;
import org.w3id.veta.qca.data.SetData;
import org.w3id.veta.qca.expression.ExpressionLists;
import org.w3id.veta.qca.expression.SumOfProducts;

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
    /** With R's inf.test: {pval1, pval0} per tested row (pval0 NaN without a second incl.cut). */
    private final Map<Integer, double[]> pValues;

    private TruthTable(SetData data, TruthTableOptions options, RowSpace space, Map<Integer, TruthTableRow> rows,
            Map<Integer, double[]> pValues) {
        this.data = data;
        this.options = options;
        this.space = space;
        this.rows = rows;
        this.pValues = pValues;
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
        Set<Integer> excluded = excludedRows(data, options.exclude(), space, casesByRow.keySet());
        if (data.conditionCount() <= ALL_ROWS_UP_TO) {
            for (int index = 1; index <= space.size(); index++) {
                rows.computeIfAbsent(index, i -> remainder(space, i));
            }
        } else {
            // Like R, large tables keep only the rows that pass n.cut.
            rows.values().removeIf(r -> r.out() == OutputValue.REMAINDER);
        }
        for (int index : excluded) {
            TruthTableRow row = rows.containsKey(index) ? rows.get(index) : remainder(space, index);
            rows.put(index, withOut(row, OutputValue.ZERO));
        }
        Map<Integer, double[]> pValues = new TreeMap<>();
        if (options.binomialAlpha() != null) {
            binomialTests(data, options, rows, pValues);
        }
        return new TruthTable(data, options, space, rows, pValues);
    }

    private static TruthTableRow withOut(TruthTableRow row, OutputValue out) {
        return new TruthTableRow(row.index(), row.config(), out, row.n(), row.incl(), row.PRI(), row.cases());
    }

    /**
     * R's inf.test: every observed row that is no remainder gets OUT = 1 if
     * {@code P(X >= round(n * incl)) < alpha} under {@code Binomial(n, incl.cut[1])}, otherwise C if the same test
     * against the second cut-off passes, otherwise 0.
     */
    private static void binomialTests(SetData data, TruthTableOptions options, Map<Integer, TruthTableRow> rows,
            Map<Integer, double[]> pValues) {
        boolean fuzzyOutcome = Arrays.stream(data.outcome()).anyMatch(y -> y % 1 != 0);
        if (fuzzyOutcome || IntStream.range(0, data.conditionCount()).anyMatch(data::isFuzzy)) {
            throw new QcaException("The binomial test only works with crisp data.");
        }
        boolean twoCutOffs = options.inclCut0() < 1;
        for (TruthTableRow row : List.copyOf(rows.values())) {
            if (row.out() == OutputValue.REMAINDER || row.incl() == null) {
                continue;
            }
            int successes = (int) Math.rint(row.n() * row.incl());
            double pval1 = BinomialTest.upperTail(successes, row.n(), options.inclCut1());
            double pval0 = twoCutOffs ? BinomialTest.upperTail(successes, row.n(), options.inclCut0()) : Double.NaN;
            pValues.put(row.index(), new double[] {pval1, pval0});
            OutputValue out = pval1 < options.binomialAlpha() ? OutputValue.ONE
                    : twoCutOffs && pval0 < options.binomialAlpha() ? OutputValue.CONTRADICTION : OutputValue.ZERO;
            rows.put(row.index(), withOut(row, out));
        }
    }

    /** {pval1, pval0} of a row tested by R's inf.test (pval0 NaN with one incl.cut), or null. */
    public double[] pValues(int index) {
        double[] values = pValues.get(index);
        return values == null ? null : values.clone();
    }

    /**
     * R's {@code exclude}: row numbers (those beyond the table are ignored), or an expression, which stands for
     * the unobserved rows it covers (R's {@code findRows}, type 1). R sets OUT = 0 on them.
     */
    private static Set<Integer> excludedRows(SetData data, String exclude, RowSpace space, Set<Integer> observed) {
        Set<Integer> rows = new TreeSet<>();
        if (exclude == null || exclude.isBlank()) {
            return rows;
        }
        List<String> items = ExpressionLists.split(exclude);
        if (items.stream().allMatch(TruthTable::isRowNumber)) {
            items.stream().map(Integer::parseInt).filter(i -> i >= 1 && i <= space.size()).forEach(rows::add);
            return rows;
        }
        SumOfProducts expression = SumOfProducts.parse(String.join(" + ", items), data);
        for (int index = 1; index <= space.size(); index++) {
            if (!observed.contains(index) && expression.covers(space.config(index))) {
                rows.add(index);
            }
        }
        return rows;
    }

    private static boolean isRowNumber(String text) {
        return text.matches("\\d+");
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

    /**
     * Row indices in display order: rows with OUT other than "?", sorted by the {@code sortBy} keys. Like R, a key
     * that is no column of the table (incl, PRI, n, OUT or out, a condition) is ignored.
     */
    public List<Integer> printOrder() {
        List<TruthTableRow> shown = new ArrayList<>(rows.values().stream()
                .filter(r -> r.out() != OutputValue.REMAINDER).toList());
        Comparator<TruthTableRow> order = (a, b) -> 0;
        for (SortKey key : options.sortBy()) {
            Comparator<TruthTableRow> ascending = ascending(key.column());
            if (ascending != null) {
                order = order.thenComparing(key.decreasing() ? ascending.reversed() : ascending);
            }
        }
        shown.sort(order); // List.sort is stable: ties keep ascending index order, as in R
        return shown.stream().map(TruthTableRow::index).toList();
    }

    /** Ascending order on a column; R's "-" (no incl/PRI) sorts before any number. */
    private Comparator<TruthTableRow> ascending(String column) {
        Comparator<Double> score = Comparator.nullsFirst(Comparator.naturalOrder());
        int condition = data.conditionIndex(column);
        return switch (column) {
            case "incl" -> Comparator.comparing(TruthTableRow::incl, score);
            case "PRI" -> Comparator.comparing(TruthTableRow::PRI, score);
            case "n" -> Comparator.comparingInt(TruthTableRow::n);
            case "OUT", "out" -> Comparator.comparing((TruthTableRow r) -> r.out().symbol());
            default -> condition < 0 ? null : Comparator.comparingInt((TruthTableRow r) -> r.config()[condition]);
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
