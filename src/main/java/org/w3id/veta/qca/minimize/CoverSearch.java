package org.w3id.veta.qca.minimize;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.w3id.veta.qca.QcaException;

/**
 * Exact set cover on a {@link PiChart}. Minimum covers: branch and bound on the uncovered column with
 * the fewest candidate PIs, excluding PIs already tried at that branch point so that every cover is
 * generated once; returned lexicographically (R enumerates combinations in that order). All irredundant
 * covers: Petrick's method as R does it. Models are arrays of ascending PI positions.
 */
final class CoverSearch {

    private static final Comparator<int[]> BY_SIZE_THEN_LEXICOGRAPHIC = (a, b) -> {
        if (a.length != b.length) {
            return Integer.compare(a.length, b.length);
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    };

    /** Guard against the exponential blow-up of Petrick's method. */
    private static final int MAX_PRODUCTS = 2_000_000;
    /** Beyond this many models the listing (and R's) is useless; R has a similar guard (max.comb). */
    static final int MAX_MODELS = 10_000;

    private final PiChart chart;
    /** For each column, the PIs covering it. */
    private final List<BitSet> coveringPis = new ArrayList<>();
    /** Columns whose coverage is implied by another column's (a column whose PIs include all PIs of another). */
    private final BitSet impliedColumns = new BitSet();
    private final TreeSet<int[]> found = new TreeSet<>(BY_SIZE_THEN_LEXICOGRAPHIC);
    private int sizeLimit;

    private CoverSearch(PiChart chart) {
        this.chart = chart;
        for (int c = 0; c < chart.columnCount(); c++) {
            BitSet pis = new BitSet();
            for (int p = 0; p < chart.implicants().size(); p++) {
                if (chart.covers(p, c)) {
                    pis.set(p);
                }
            }
            coveringPis.add(pis);
        }
        // Covering column a covers column b whenever b's PIs include a's: b needs no branching of its own.
        for (int b = 0; b < coveringPis.size(); b++) {
            for (int a = 0; a < coveringPis.size() && !impliedColumns.get(b); a++) {
                if (a != b && !impliedColumns.get(a) && contains(coveringPis.get(b), coveringPis.get(a))
                        && (!coveringPis.get(a).equals(coveringPis.get(b)) || a < b)) {
                    impliedColumns.set(b);
                }
            }
        }
    }

    /**
     * All covers with the minimum number of PIs. The chart is split into independent blocks (columns
     * linked by shared PIs); the minimum covers are the combinations of each block's minimum covers,
     * which keeps charts with many alternative models tractable.
     */
    static List<int[]> minimumCovers(PiChart chart) {
        CoverSearch search = new CoverSearch(chart);
        List<List<int[]>> perBlock = new ArrayList<>();
        for (BitSet[] block : search.blocks()) {
            perBlock.add(search.minimumCovers(block[0], block[1]));
        }
        long modelCount = 1;
        for (List<int[]> covers : perBlock) {
            modelCount = Math.min(Long.MAX_VALUE / 2, modelCount * covers.size());
        }
        if (modelCount > MAX_MODELS) {
            throw tooManyModels(String.valueOf(modelCount));
        }
        List<int[]> combined = new ArrayList<>();
        combined.add(new int[0]);
        for (List<int[]> covers : perBlock) {
            List<int[]> next = new ArrayList<>();
            for (int[] prefix : combined) {
                for (int[] cover : covers) {
                    int[] joined = java.util.Arrays.copyOf(prefix, prefix.length + cover.length);
                    System.arraycopy(cover, 0, joined, prefix.length, cover.length);
                    next.add(joined);
                }
            }
            combined = next;
        }
        TreeSet<int[]> sorted = new TreeSet<>(BY_SIZE_THEN_LEXICOGRAPHIC);
        combined.forEach(cover -> sorted.add(java.util.Arrays.stream(cover).sorted().toArray()));
        return new ArrayList<>(sorted);
    }

    /** Minimum covers of one block: the other columns count as covered and the other PIs as excluded. */
    private List<int[]> minimumCovers(BitSet blockColumns, BitSet blockPis) {
        BitSet covered = new BitSet();
        covered.set(0, chart.columnCount());
        covered.andNot(blockColumns);
        BitSet excluded = new BitSet();
        excluded.set(0, chart.implicants().size());
        excluded.andNot(blockPis);
        found.clear();
        int lowerBound = lowerBound(covered, excluded);
        for (int limit = Math.max(1, lowerBound); limit <= blockPis.cardinality() && found.isEmpty(); limit++) {
            sizeLimit = limit;
            extend(new ArrayList<>(), covered, excluded);
        }
        return new ArrayList<>(found);
    }

    /** Connected blocks of the chart as pairs {columns, PIs}; PIs covering nothing belong to no block. */
    private List<BitSet[]> blocks() {
        List<BitSet[]> blocks = new ArrayList<>();
        BitSet assigned = new BitSet();
        for (int start = 0; start < chart.columnCount(); start++) {
            if (assigned.get(start)) {
                continue;
            }
            BitSet columns = new BitSet();
            BitSet pis = new BitSet();
            java.util.ArrayDeque<Integer> pending = new java.util.ArrayDeque<>(List.of(start));
            columns.set(start);
            while (!pending.isEmpty()) {
                BitSet reached = coveringPis.get(pending.pop());
                for (int p = reached.nextSetBit(0); p >= 0; p = reached.nextSetBit(p + 1)) {
                    if (!pis.get(p)) {
                        pis.set(p);
                        BitSet more = (BitSet) chart.coverage(p).clone();
                        more.andNot(columns);
                        columns.or(more);
                        more.stream().forEach(pending::push);
                    }
                }
            }
            assigned.or(columns);
            blocks.add(new BitSet[] {columns, pis});
        }
        return blocks;
    }

    /**
     * All irredundant covers (R's {@code all.sol = TRUE}) by Petrick's method with absorption, replicating
     * R's expansion and ordering loops so that models are numbered as in R.
     */
    static List<int[]> irredundantCovers(PiChart chart) {
        int pis = chart.implicants().size();
        List<BitSet> products = new ArrayList<>();
        for (int c = 0; c < chart.columnCount(); c++) {
            List<BitSet> next = new ArrayList<>();
            for (int p = 0; p < pis; p++) {
                if (!chart.covers(p, c)) {
                    continue;
                }
                if (c == 0) {
                    BitSet single = new BitSet();
                    single.set(p);
                    next.add(single);
                }
                for (BitSet product : c == 0 ? List.<BitSet>of() : products) {
                    BitSet extended = (BitSet) product.clone();
                    extended.set(p);
                    next.add(extended);
                }
            }
            if (next.size() > MAX_PRODUCTS) {
                throw new QcaException("the PI chart is too complex to list all irredundant models");
            }
            products = c == 0 ? next : withoutSupersets(next);
        }
        List<int[]> covers = new ArrayList<>();
        products.forEach(product -> covers.add(product.stream().toArray()));
        return sortLikeR(covers);
    }

    /** R's {@code super_rows}: drops every product that contains another one (keeps the original order). */
    private static List<BitSet> withoutSupersets(List<BitSet> products) {
        int count = products.size();
        int[] bySize = new int[count];
        for (int i = 0; i < count; i++) {
            bySize[i] = i;
        }
        for (int a = 0; a < count; a++) {
            for (int b = a + 1; b < count; b++) {
                if (products.get(bySize[a]).cardinality() > products.get(bySize[b]).cardinality()) {
                    int swap = bySize[a];
                    bySize[a] = bySize[b];
                    bySize[b] = swap;
                }
            }
        }
        boolean[] alive = new boolean[count];
        java.util.Arrays.fill(alive, true);
        for (int a = 0; a < count - 1; a++) {
            if (!alive[bySize[a]]) {
                continue;
            }
            BitSet small = products.get(bySize[a]);
            for (int b = a + 1; b < count; b++) {
                BitSet big = products.get(bySize[b]);
                if (alive[bySize[b]] && small.cardinality() <= big.cardinality()) {
                    BitSet outside = (BitSet) small.clone();
                    outside.andNot(big);
                    if (outside.isEmpty()) {
                        alive[bySize[b]] = false;
                    }
                }
            }
        }
        List<BitSet> survivors = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (alive[i]) {
                survivors.add(products.get(i));
            }
        }
        return survivors;
    }

    /** R's order of models: by PI positions from the last to the first, then by size (R's move loops). */
    private static List<int[]> sortLikeR(List<int[]> covers) {
        int longest = covers.stream().mapToInt(c -> c.length).max().orElse(0);
        int[] order = new int[covers.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        int[] key = new int[covers.size()];
        for (int r = longest - 1; r >= 0; r--) {
            for (int c = 0; c < key.length; c++) {
                key[c] = padded(covers.get(c), r);
            }
            ImplicantOrder.moveSort(order, order.length, key, false);
        }
        for (int c = 0; c < key.length; c++) {
            key[c] = covers.get(c).length;
        }
        ImplicantOrder.moveSort(order, order.length, key, false);
        List<int[]> sorted = new ArrayList<>();
        for (int index : order) {
            sorted.add(covers.get(index));
        }
        return sorted;
    }

    /** R pads shorter models with zeros (and numbers PIs from 1) when sorting. */
    private static int padded(int[] cover, int position) {
        return position < cover.length ? cover[position] + 1 : 0;
    }

    private void extend(List<Integer> chosen, BitSet covered, BitSet excluded) {
        int column = hardestUncoveredColumn(covered, excluded);
        if (column == -1) {
            record(chosen);
            return;
        }
        if (column == -2 || chosen.size() + lowerBound(covered, excluded) > sizeLimit) {
            return; // some column can no longer be covered, or the size limit cannot be met
        }
        BitSet excludedHere = (BitSet) excluded.clone();
        BitSet candidates = (BitSet) coveringPis.get(column).clone();
        candidates.andNot(excluded);
        for (int p = candidates.nextSetBit(0); p >= 0; p = candidates.nextSetBit(p + 1)) {
            BitSet nowCovered = (BitSet) covered.clone();
            nowCovered.or(chart.coverage(p));
            chosen.add(p);
            extend(chosen, nowCovered, excludedHere);
            chosen.remove(chosen.size() - 1);
            excludedHere.set(p);
        }
    }

    /**
     * The uncovered (non-implied) column with fewest usable PIs; -1 if every column is covered, -2 if
     * some column can no longer be covered.
     */
    private int hardestUncoveredColumn(BitSet covered, BitSet excluded) {
        int best = -1;
        int bestCount = Integer.MAX_VALUE;
        for (int c = 0; c < chart.columnCount(); c++) {
            if (covered.get(c)) {
                continue;
            }
            int count = usable(c, excluded).cardinality();
            if (count == 0) {
                return -2;
            }
            if (!impliedColumns.get(c) && count < bestCount) {
                best = c;
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * At least this many more PIs are needed: a greedy set of uncovered columns no two of which share a
     * usable PI, each of which needs its own PI.
     */
    private int lowerBound(BitSet covered, BitSet excluded) {
        BitSet blocked = new BitSet();
        int independent = 0;
        for (int c = 0; c < chart.columnCount(); c++) {
            if (!covered.get(c)) {
                BitSet pis = usable(c, excluded);
                if (!pis.intersects(blocked)) {
                    independent++;
                    blocked.or(pis);
                }
            }
        }
        return independent;
    }

    private BitSet usable(int column, BitSet excluded) {
        BitSet pis = (BitSet) coveringPis.get(column).clone();
        pis.andNot(excluded);
        return pis;
    }

    private static boolean contains(BitSet big, BitSet small) {
        BitSet outside = (BitSet) small.clone();
        outside.andNot(big);
        return outside.isEmpty();
    }

    private void record(List<Integer> chosen) {
        found.add(chosen.stream().mapToInt(Integer::intValue).sorted().toArray());
        if (found.size() > MAX_MODELS) {
            throw tooManyModels("more than " + MAX_MODELS);
        }
    }

    private static QcaException tooManyModels(String count) {
        return new QcaException("the PI chart has " + count + " minimal models, too many to list (limit "
                + MAX_MODELS + "); make the truth table stricter (incl.cut, n.cut) or use fewer conditions");
    }
}
