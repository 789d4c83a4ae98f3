package org.w3id.veta.qca.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.w3id.veta.qca.Qca;
import org.w3id.veta.qca.QcaException;
import org.w3id.veta.qca.data.DataMatrix;
import org.w3id.veta.qca.data.InMemoryDataMatrix;
import org.w3id.veta.qca.minimize.Minimization;
import org.w3id.veta.qca.minimize.MinimizeOptions;
import org.w3id.veta.qca.truthtable.TruthTable;
import org.w3id.veta.qca.truthtable.TruthTableOptions;

/**
 * Times the engine on seeded synthetic crisp data with 5 to 16 conditions (not a unit test).
 * Run with {@code scripts/benchmark-qca.sh [cases] [repetitions]}; prints a Markdown table.
 *
 * <p>The outcome is a noisy union of conjunctions of the first eight conditions, so that the truth table
 * has consistent, inconsistent and contradictory rows and the minimisation has real work to do.
 */
public final class QcaBenchmark {

    private static final int[] CONDITION_COUNTS = {5, 6, 8, 10, 12, 14, 16};
    private static final long SEED = 20261126L;
    /** Share of cases whose outcome is flipped; noise is what makes PI charts large. */
    private static final double NOISE = 0.0;

    private QcaBenchmark() {
    }

    public static void main(String[] args) {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.printf(Locale.ROOT, "Seed %d, %d cases, median of %d runs after one warm-up run.%n%n", SEED,
                cases, repetitions);
        System.out.println("| conditions | observed rows | OUT=1 rows | truth table | parsimonious (PIs / models) "
                + "| conservative (PIs / models) | intermediate |");
        System.out.println("|---:|---:|---:|---:|---|---|---:|");
        for (int k : CONDITION_COUNTS) {
            DataMatrix data = synthetic(k, cases, new Random(SEED + k));
            TruthTableOptions options = TruthTableOptions.of(new double[] {0.85}, 1, 0, List.of());
            TruthTable table = Qca.truthTable(data, "Y", List.of(), options);
            Timed<TruthTable> tableTime = time(repetitions, () -> Qca.truthTable(data, "Y", List.of(), options));
            Timed<Minimization> pars = time(repetitions, () -> Qca.minimize(table, MinimizeOptions.parsimonious()));
            Timed<Minimization> cons = time(repetitions, () -> Qca.minimize(table, MinimizeOptions.conservative()));
            List<String> expectations = new ArrayList<>();
            for (int j = 1; j <= k; j++) {
                expectations.add("X" + j);
            }
            MinimizeOptions intermediate = new MinimizeOptions(true, false, expectations, false, false);
            Timed<Minimization> inter = time(repetitions, () -> Qca.minimize(table, intermediate));
            long positives = table.rows().stream().filter(r -> r.out().symbol().equals("1")).count();
            long observed = table.rows().stream().filter(r -> r.observed()).count();
            System.out.printf(Locale.ROOT, "| %d | %d | %d | %s | %s | %s | %s |%n", k, observed, positives,
                    tableTime.label(), pars.labelWithSize(), cons.labelWithSize(), inter.label());
        }
    }

    /**
     * Crisp conditions X1..Xk (random 0/1) and an outcome Y = X1*X2*X3 + ~X4*X5 + X6*~X7*X8 (the terms that
     * exist for k) with a share {@link #NOISE} of the cases flipped. Crisp data keep the truth table
     * meaningful with hundreds of cases; with fuzzy scores the many weakly-member cases dominate every
     * row's consistency.
     */
    static DataMatrix synthetic(int k, int cases, Random random) {
        Map<String, double[]> columns = new LinkedHashMap<>();
        boolean[][] in = new boolean[k][cases];
        double[][] x = new double[k][cases];
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < cases; i++) {
                in[j][i] = random.nextBoolean();
                x[j][i] = in[j][i] ? 1 : 0;
            }
            columns.put("X" + (j + 1), x[j]);
        }
        double[] y = new double[cases];
        for (int i = 0; i < cases; i++) {
            final int c = i;
            boolean outcome = in[0][c] && in[1][c] && in[2][c] || !in[3][c] && in[4][c]
                    || k >= 8 && in[5][c] && !in[6][c] && in[7][c];
            y[i] = random.nextDouble() < NOISE != outcome ? 1 : 0;
        }
        columns.put("Y", y);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            names.add("c" + (i + 1));
        }
        return new InMemoryDataMatrix(names, columns);
    }

    private record Timed<T>(T value, double medianMillis, String error) {
        String label() {
            if (error != null) {
                int comma = error.indexOf(',');
                return "error: " + (comma > 0 ? error.substring(0, comma) : error);
            }
            return String.format(Locale.ROOT, "%.1f ms", medianMillis);
        }

        /** The time plus, for a minimisation, the number of PIs in the chart and of models. */
        String labelWithSize() {
            if (!(value instanceof Minimization m)) {
                return label();
            }
            return label() + " (" + m.solution().chart().implicants().size() + " / " + m.solution().models().size()
                    + ")";
        }
    }

    private static <T> Timed<T> time(int repetitions, Supplier<T> task) {
        try {
            T value = task.get();
            double[] millis = new double[repetitions];
            for (int r = 0; r < repetitions; r++) {
                long start = System.nanoTime();
                value = task.get();
                millis[r] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            return new Timed<>(value, millis[repetitions / 2], null);
        } catch (QcaException e) {
            return new Timed<>(null, Double.NaN, e.getMessage());
        }
    }
}
