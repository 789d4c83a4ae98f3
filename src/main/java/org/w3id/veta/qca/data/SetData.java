package org.w3id.veta.qca.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.veta.qca.QcaException;

/**
 * The set-theoretic view of a {@link DataMatrix}: the chosen conditions (crisp, multi-value or fuzzy)
 * and the membership of every case in the outcome. Follows R's QCA conventions: a column is fuzzy
 * iff some value has a fractional part; a crisp column has {@code max + 1} levels (at least 2).
 */
public final class SetData {

    /** R's {@code sqrt(.Machine$double.eps)}, used for every cut-off comparison. */
    public static final double TOLERANCE = 1.4901161193847656e-08;

    private final List<String> caseNames;
    private final List<String> conditions;
    /** The names written in results: the conditions, or R's letters with {@code use.letters}. */
    private final List<String> labels;
    private final double[][] values;
    private final boolean[] fuzzy;
    private final int[] levels;
    private final double[] outcome;
    private final String outcomeLabel;

    private SetData(List<String> caseNames, List<String> conditions, List<String> labels, double[][] values,
            boolean[] fuzzy, int[] levels, double[] outcome, String outcomeLabel) {
        this.caseNames = caseNames;
        this.conditions = conditions;
        this.labels = labels;
        this.values = values;
        this.fuzzy = fuzzy;
        this.levels = levels;
        this.outcome = outcome;
        this.outcomeLabel = outcomeLabel;
    }

    /**
     * @param outcomeSpec {@code Y}, {@code ~Y} (negated outcome) or {@code Y[v]} (a level of a crisp outcome)
     * @param conditionNames the conditions; empty means every column except the outcome
     */
    public static SetData of(DataMatrix data, String outcomeSpec, List<String> conditionNames) {
        OutcomeSpec spec = OutcomeSpec.parse(outcomeSpec);
        rejectMissingValues(data);
        if (!data.hasColumn(spec.column())) {
            throw new QcaException("Incorrect outcome specification: '" + spec.column()
                    + "' is not a column of the data.");
        }
        List<String> conditions = new ArrayList<>();
        if (conditionNames == null || conditionNames.isEmpty()) {
            data.columnNames().stream().filter(c -> !c.equals(spec.column())).forEach(conditions::add);
        } else {
            for (String name : conditionNames) {
                if (!data.hasColumn(name)) {
                    throw new QcaException("Conditions not found in the data: '" + name + "'.");
                }
                if (name.equals(spec.column())) {
                    throw new QcaException("Variable \"" + name + "\" cannot be both outcome _and_ condition!");
                }
                if (conditions.contains(name)) {
                    throw new QcaException("Duplicated conditions: '" + name + "'.");
                }
                conditions.add(name);
            }
        }
        if (conditions.isEmpty()) {
            throw new QcaException("there are no conditions besides the outcome");
        }
        int k = conditions.size();
        double[][] values = new double[k][];
        boolean[] fuzzy = new boolean[k];
        int[] levels = new int[k];
        for (int j = 0; j < k; j++) {
            values[j] = data.column(conditions.get(j));
            fuzzy[j] = isFuzzy(values[j]);
            levels[j] = checkedLevels(conditions.get(j), values[j], fuzzy[j]);
        }
        double[] outcome = outcomeMembership(data.column(spec.column()), spec);
        return new SetData(data.caseNames(), List.copyOf(conditions), List.copyOf(conditions), values, fuzzy, levels,
                outcome,
                spec.label());
    }

    /**
     * Like {@link #of}, but first drops the cases with a missing value in the outcome or in one of the
     * conditions, as R's {@code pof} does; other columns are not looked at.
     */
    public static SetData ofCompleteCases(DataMatrix data, String outcomeSpec, List<String> conditionNames) {
        List<String> used = new ArrayList<>(conditionNames);
        used.add(OutcomeSpec.parse(outcomeSpec).column());
        List<double[]> columns = used.stream().map(data::column).toList();
        List<Integer> complete = new ArrayList<>();
        for (int i = 0; i < data.caseCount(); i++) {
            final int row = i;
            if (columns.stream().noneMatch(column -> Double.isNaN(column[row]))) {
                complete.add(i);
            }
        }
        Map<String, double[]> kept = new LinkedHashMap<>();
        for (int c = 0; c < used.size(); c++) {
            double[] column = columns.get(c);
            kept.put(used.get(c), complete.stream().mapToDouble(i -> column[i]).toArray());
        }
        List<String> caseNames = complete.stream().map(i -> data.caseNames().get(i)).toList();
        return of(new InMemoryDataMatrix(caseNames, kept), outcomeSpec, conditionNames);
    }

    /** R's verify.tt / verify.data look at the whole data frame, not only the columns used. */
    private static void rejectMissingValues(DataMatrix data) {
        List<String> withMissing = data.columnNames().stream()
                .filter(name -> Arrays.stream(data.column(name)).anyMatch(Double::isNaN)).toList();
        if (!withMissing.isEmpty()) {
            throw new QcaException("Missing values in the data are not allowed. Please check columns: "
                    + String.join(", ", withMissing));
        }
    }

    static boolean isFuzzy(double[] column) {
        for (double x : column) {
            if (x % 1 != 0) {
                return true;
            }
        }
        return false;
    }

    private static int checkedLevels(String name, double[] column, boolean fuzzy) {
        if (fuzzy) {
            for (double x : column) {
                if (x < 0 || x > 1) {
                    throw new QcaException("Uncalibrated data: fuzzy sets should have values bound to the "
                            + "interval [0 , 1]; condition '" + name + "' has the value " + x + ".");
                }
            }
            return 2;
        }
        double max = 0;
        for (double x : column) {
            if (x < 0) {
                throw new QcaException("condition '" + name + "' has the negative crisp value " + x
                        + "; crisp values must be 0, 1, 2, …");
            }
            max = Math.max(max, x);
        }
        // R's verify.qca: a crisp set with more than 20 levels (0..max) is "possibly uncalibrated".
        if (max + 1 > 20) {
            throw new QcaException("Possibly uncalibrated data: multivalue conditions with more than 20 levels "
                    + "are unlikely to be (properly) calibrated; condition '" + name + "' goes up to " + max + ".");
        }
        return Math.max(2, (int) max + 1);
    }

    private static double[] outcomeMembership(double[] raw, OutcomeSpec spec) {
        boolean fuzzyOutcome = isFuzzy(raw);
        double[] y = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            double x = raw[i];
            if (spec.level() != null) {
                if (fuzzyOutcome) {
                    y[i] = spec.level() == 1 ? x : 1 - x;
                } else {
                    y[i] = x == spec.level() ? 1 : 0;
                }
            } else {
                if (x < 0 || x > 1) {
                    throw new QcaException("the outcome '" + spec.column() + "' has the value " + x
                            + " outside [0, 1]; for a multi-value outcome write " + spec.column() + "[v]");
                }
                y[i] = x;
            }
            if (spec.negated()) {
                y[i] = 1 - y[i];
            }
        }
        return y;
    }

    /** Membership of case {@code i} in the literal "condition {@code j} takes value {@code v}". */
    public double literal(int j, int value, int i) {
        double x = values[j][i];
        if (fuzzy[j]) {
            return value == 1 ? x : 1 - x;
        }
        return x == value ? 1 : 0;
    }

    /** The truth-table row value of case {@code i} on condition {@code j} (fuzzy: 1 iff above 0.5). */
    public int crispValue(int j, int i) {
        double x = values[j][i];
        if (fuzzy[j]) {
            return x > 0.5 ? 1 : 0;
        }
        return (int) x;
    }

    public boolean isFuzzy(int j) {
        return fuzzy[j];
    }

    /** True if some fuzzy score of case {@code i} is exactly 0.5 (the case then belongs to no row). */
    public boolean hasHalfScore(int i) {
        for (int j = 0; j < values.length; j++) {
            if (fuzzy[j] && Math.abs(values[j][i] - 0.5) < TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    /** Multi-value notation ({@code A[1]}) is used as soon as one condition has more than 2 levels. */
    public boolean multiValue() {
        for (int level : levels) {
            if (level > 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * R's {@code use.letters}: results name the conditions A, B, C … unless every name already is a single
     * character. Expressions given by the user keep using the real names.
     */
    public SetData withLetters() {
        if (conditions.stream().allMatch(name -> name.length() == 1)) {
            return this;
        }
        if (conditions.size() > 26) {
            throw new QcaException("Cannot use letters. There are more than 26 conditions.");
        }
        List<String> letters = new ArrayList<>();
        for (int j = 0; j < conditions.size(); j++) {
            letters.add(String.valueOf((char) ('A' + j)));
        }
        return new SetData(caseNames, conditions, List.copyOf(letters), values, fuzzy, levels, outcome, outcomeLabel);
    }

    /** Writes one literal as R does: {@code A} / {@code ~A}, or {@code A[v]} in multi-value data. */
    public String literalName(int j, int value) {
        if (multiValue()) {
            return labels.get(j) + "[" + value + "]";
        }
        return value == 1 ? labels.get(j) : "~" + labels.get(j);
    }

    /** Writes an implicant in coding {@code 0 = absent, value + 1}, e.g. {@code DEV*~URB}. */
    public String implicantName(int[] codes) {
        StringBuilder name = new StringBuilder();
        for (int j = 0; j < codes.length; j++) {
            if (codes[j] != 0) {
                if (name.length() > 0) {
                    name.append('*');
                }
                name.append(literalName(j, codes[j] - 1));
            }
        }
        return name.toString();
    }

    /** Membership of every case in an implicant (coding {@code 0 = absent, value + 1}). */
    public double[] implicantMembership(int[] codes) {
        double[] m = new double[caseCount()];
        java.util.Arrays.fill(m, 1.0);
        for (int j = 0; j < codes.length; j++) {
            if (codes[j] != 0) {
                for (int i = 0; i < m.length; i++) {
                    m[i] = Math.min(m[i], literal(j, codes[j] - 1, i));
                }
            }
        }
        return m;
    }

    public List<String> caseNames() {
        return caseNames;
    }

    public int caseCount() {
        return caseNames.size();
    }

    /** The condition names as results show them (see {@link #withLetters}). */
    public List<String> labels() {
        return labels;
    }

    public List<String> conditions() {
        return conditions;
    }

    public int conditionCount() {
        return conditions.size();
    }

    public int conditionIndex(String name) {
        return conditions.indexOf(name);
    }

    public int[] levels() {
        return levels.clone();
    }

    public int levels(int j) {
        return levels[j];
    }

    public double[] outcome() {
        return outcome.clone();
    }

    public String outcomeLabel() {
        return outcomeLabel;
    }

    /** The outcome as written by the user: column, optional negation, optional level. */
    record OutcomeSpec(String column, boolean negated, Integer level) {
        static OutcomeSpec parse(String text) {
            if (text == null || text.isBlank()) {
                throw new QcaException("the outcome is not specified");
            }
            String s = text.trim();
            boolean negated = s.startsWith("~");
            if (negated) {
                s = s.substring(1).trim();
            }
            Integer level = null;
            int bracket = s.indexOf('[');
            if (bracket >= 0) {
                if (!s.endsWith("]")) {
                    throw new QcaException("malformed outcome '" + text + "'");
                }
                try {
                    level = Integer.parseInt(s.substring(bracket + 1, s.length() - 1).trim());
                } catch (NumberFormatException e) {
                    throw new QcaException("malformed outcome level in '" + text + "'");
                }
                s = s.substring(0, bracket).trim();
            }
            return new OutcomeSpec(s, negated, level);
        }

        String label() {
            return (negated ? "~" : "") + column + (level == null ? "" : "[" + level + "]");
        }
    }
}
