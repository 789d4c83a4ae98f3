package org.w3id.veta.qca.minimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.w3id.veta.qca.QcaException;
import org.w3id.veta.qca.data.SetData;
import org.w3id.veta.qca.fit.FitCalculator;
import org.w3id.veta.qca.fit.SufficiencyFit;
import org.w3id.veta.qca.truthtable.OutputValue;
import org.w3id.veta.qca.truthtable.TruthTable;
import org.w3id.veta.qca.truthtable.TruthTableRow;

/**
 * Boolean minimisation of a truth table as R's {@code minimize} does it: conservative (Quine–McCluskey
 * on the explained rows), parsimonious (CCubes with remainders as don't cares) and intermediate
 * (conservative terms widened by directional expectations), with minimal models by exact set cover.
 */
public final class Minimizer {

    private final TruthTable truthTable;
    private final SetData data;
    private final MinimizeOptions options;
    private final List<TruthTableRow> explained;
    private final List<TruthTableRow> negative;
    private final Map<List<Integer>, double[]> memberships = new HashMap<>();
    private final Map<List<Integer>, Solution> intermediateByEasyRows = new HashMap<>();

    private Minimizer(TruthTable truthTable, MinimizeOptions options) {
        this.truthTable = truthTable;
        this.data = truthTable.data();
        this.options = options;
        this.explained = truthTable.rowsWith(OutputValue.ONE);
        this.negative = truthTable.rows().stream()
                .filter(r -> r.out() == OutputValue.ZERO
                        || r.out() == OutputValue.CONTRADICTION && !options.includeContradictions())
                .toList();
    }

    public static Minimization minimize(TruthTable truthTable, MinimizeOptions options) {
        return new Minimizer(truthTable, options).run();
    }

    private Minimization run() {
        if (explained.isEmpty()) {
            throw new QcaException("None of the values in OUT is explained. Please check the truth table.");
        }
        if (options.includeRemainders() && negative.isEmpty()) {
            throw new QcaException("All truth table configurations are used, all conditions are minimized. "
                    + "Please check the truth table.");
        }
        if (options.wantsIntermediate() && !options.includeRemainders()) {
            throw new QcaException("Directional expectations cannot be specified without including the remainders.");
        }
        Solution main = options.includeRemainders() ? parsimonious() : conservative();
        List<SimplifyingAssumptions> assumptions = main.models().stream()
                .map(m -> new SimplifyingAssumptions(m.name(), List.copyOf(simplifyingAssumptions(m))))
                .toList();
        List<IntermediateSolution> intermediate = options.wantsIntermediate() ? intermediate(main) : List.of();
        return new Minimization(truthTable, options, indices(explained),
                explained.stream().map(r -> data.implicantName(Cubes.ofRow(r.config()))).toList(),
                indices(negative), main, assumptions, intermediate);
    }

    private Solution conservative() {
        List<int[]> on = new ArrayList<>();
        for (TruthTableRow row : truthTable.rows()) {
            if (row.out() == OutputValue.ONE
                    || row.out() == OutputValue.CONTRADICTION && options.includeContradictions()) {
                on.add(row.config());
            }
        }
        List<int[]> discovered = PrimeImplicants.quineMcCluskey(on, data.levels());
        return solve(ImplicantOrder.sortLikeR(discovered), options.rowDominance());
    }

    private Solution parsimonious() {
        List<int[]> discovered = PrimeImplicants.consistencyCubes(configs(explained), configs(negative),
                data.levels());
        if (options.rowDominance()) {
            // R removes dominated PIs before sorting them (the sort depends on the input order).
            discovered = chart(discovered).withoutDominated().implicants();
        }
        return solve(ImplicantOrder.sortLikeR(discovered), false);
    }

    private List<IntermediateSolution> intermediate(Solution parsimonious) {
        DirectionalExpectations expectations =
                DirectionalExpectations.parse(options.directionalExpectations(), data);
        Solution conservative = conservative();
        List<IntermediateSolution> result = new ArrayList<>();
        for (int i = 0; i < conservative.models().size(); i++) {
            Model c = conservative.models().get(i);
            for (int j = 0; j < parsimonious.models().size(); j++) {
                Model p = parsimonious.models().get(j);
                result.add(intermediate("C" + (i + 1) + "P" + (j + 1), c, p, expectations, conservative, i));
            }
        }
        return result;
    }

    private IntermediateSolution intermediate(String name, Model conservative, Model parsimonious,
            DirectionalExpectations expectations, Solution conservativeSolution, int conservativeIndex) {
        if (expectations.isEmpty()) {
            // All expectations "-": R reports conservative model Ci itself, with no counterfactuals.
            // R keeps c.sol's list of essential PIs (common to all conservative models), not just Ci's terms.
            Solution only = solution(conservativeSolution.chart(),
                    List.of(conservativeSolution.covers().get(conservativeIndex)))
                    .withEssential(conservativeSolution.essential());
            return new IntermediateSolution(name, conservative.terms(), parsimonious.terms(), List.of(), List.of(),
                    only);
        }
        List<int[]> easyCubes = new ArrayList<>();
        for (int[] c : conservative.implicants()) {
            for (int[] p : parsimonious.implicants()) {
                if (Cubes.literalsWithin(p, c)) {
                    easyCubes.add(expectations.easyCube(c, p));
                }
            }
        }
        List<Integer> easy = new ArrayList<>();
        List<Integer> difficult = new ArrayList<>();
        for (int row : simplifyingAssumptions(parsimonious)) {
            int[] config = truthTable.space().config(row);
            boolean isEasy = easyCubes.stream().anyMatch(cube -> Cubes.covers(cube, config));
            (isEasy ? easy : difficult).add(row);
        }
        // The solution depends only on the easy counterfactuals, which many (Ci, Pj) pairs share.
        Solution solution = intermediateByEasyRows.computeIfAbsent(List.copyOf(easy), rows -> {
            List<int[]> on = new ArrayList<>(configs(explained));
            rows.forEach(row -> on.add(truthTable.space().config(row)));
            return solve(ImplicantOrder.sortLikeR(PrimeImplicants.quineMcCluskey(on, data.levels())),
                    options.rowDominance());
        });
        return new IntermediateSolution(name, conservative.terms(), parsimonious.terms(), easy, difficult, solution);
    }

    /** Rows covered by the model's terms that are not explained rows (ascending). */
    private TreeSet<Integer> simplifyingAssumptions(Model model) {
        TreeSet<Integer> covered = new TreeSet<>();
        for (int[] implicant : model.implicants()) {
            Cubes.addCoveredRows(implicant, truthTable.space(), covered);
        }
        covered.removeAll(indices(explained));
        return covered;
    }

    private PiChart chart(List<int[]> implicants) {
        return PiChart.of(implicants, indices(explained), configs(explained));
    }

    private Solution solve(List<int[]> sortedImplicants, boolean rowDominance) {
        PiChart chart = chart(sortedImplicants);
        if (rowDominance) {
            chart = chart.withoutDominated();
        }
        List<int[]> covers = options.allSolutions()
                ? CoverSearch.irredundantCovers(chart)
                : CoverSearch.minimumCovers(chart);
        return solution(chart, covers);
    }

    /** Models (with fits) for the given covers of the chart, each a list of ascending PI positions. */
    private Solution solution(PiChart chart, List<int[]> covers) {
        boolean several = covers.size() > 1;
        double zeroBelow = several ? FitCalculator.ZERO_PER_MODEL : FitCalculator.ZERO_SINGLE;
        List<Model> models = new ArrayList<>();
        Set<Integer> used = new TreeSet<>();
        Set<Integer> inAll = null;
        for (int m = 0; m < covers.size(); m++) {
            List<Integer> positions = Arrays.stream(covers.get(m)).boxed().toList();
            used.addAll(positions);
            if (inAll == null) {
                inAll = new LinkedHashSet<>(positions);
            } else {
                inAll.retainAll(positions);
            }
            models.add(model("M" + (m + 1), chart, positions, zeroBelow));
        }
        List<Integer> essential = inAll == null ? List.of() : used.stream().filter(inAll::contains).toList();
        List<SufficiencyFit> allPiFit = several
                ? termFits(chart, List.copyOf(used), FitCalculator.ZERO_SINGLE)
                : null;
        return new Solution(chart, names(chart, allPositions(chart)), covers, models,
                names(chart, List.copyOf(used)), names(chart, essential), allPiFit);
    }

    private Model model(String name, PiChart chart, List<Integer> positions, double zeroBelow) {
        List<int[]> implicants = positions.stream().map(p -> chart.implicants().get(p)).toList();
        List<double[]> memberships = implicants.stream().map(this::membership).toList();
        double[] union = FitCalculator.union(memberships, data.caseCount());
        SufficiencyFit fit = FitCalculator.sufficiency(name, union, data.outcome(), zeroBelow);
        return new Model(name, implicants, names(chart, positions), fit, termFits(chart, positions, zeroBelow));
    }

    private List<SufficiencyFit> termFits(PiChart chart, List<Integer> positions, double zeroBelow) {
        List<double[]> memberships = positions.stream()
                .map(p -> membership(chart.implicants().get(p))).toList();
        List<SufficiencyFit> fits = FitCalculator.sufficiency(names(chart, positions), memberships,
                data.outcome(), zeroBelow);
        List<SufficiencyFit> withCases = new ArrayList<>();
        for (int t = 0; t < fits.size(); t++) {
            withCases.add(fits.get(t).withCases(coveredCases(chart, positions.get(t))));
        }
        return withCases;
    }

    /** R's "cases" column: cases of each covered explained row, rows separated by "; ". */
    private String coveredCases(PiChart chart, int implicant) {
        List<String> perRow = new ArrayList<>();
        for (int c = 0; c < chart.columns().size(); c++) {
            if (chart.covers(implicant, c)) {
                perRow.add(String.join(",", explained.get(c).cases()));
            }
        }
        return String.join("; ", perRow);
    }

    /** Case memberships of an implicant, cached because many models share the same PIs. */
    private double[] membership(int[] implicant) {
        return memberships.computeIfAbsent(Arrays.stream(implicant).boxed().toList(),
                key -> data.implicantMembership(implicant));
    }

    private List<String> names(PiChart chart, List<Integer> positions) {
        return positions.stream().map(p -> data.implicantName(chart.implicants().get(p)))
                .collect(Collectors.toList());
    }

    private static List<Integer> allPositions(PiChart chart) {
        List<Integer> all = new ArrayList<>();
        for (int p = 0; p < chart.implicants().size(); p++) {
            all.add(p);
        }
        return all;
    }

    private static List<Integer> indices(List<TruthTableRow> rows) {
        return rows.stream().map(TruthTableRow::index).toList();
    }

    private static List<int[]> configs(List<TruthTableRow> rows) {
        return rows.stream().map(TruthTableRow::config).toList();
    }
}
