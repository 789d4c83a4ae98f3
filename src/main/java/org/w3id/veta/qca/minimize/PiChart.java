package org.w3id.veta.qca.minimize;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The prime-implicant chart: PIs (rows, in R's order) against the explained truth-table rows
 * (columns, ascending index). PIs covering no explained row are left out.
 */
public final class PiChart {

    private final List<int[]> implicants;
    private final List<Integer> columns;
    private final List<BitSet> coverage;

    private PiChart(List<int[]> implicants, List<Integer> columns, List<BitSet> coverage) {
        this.implicants = implicants;
        this.columns = columns;
        this.coverage = coverage;
    }

    static PiChart of(List<int[]> sortedImplicants, List<Integer> columnIndices, List<int[]> columnConfigs) {
        List<int[]> kept = new ArrayList<>();
        List<BitSet> coverage = new ArrayList<>();
        for (int[] implicant : sortedImplicants) {
            BitSet covered = new BitSet(columnConfigs.size());
            for (int c = 0; c < columnConfigs.size(); c++) {
                if (Cubes.covers(implicant, columnConfigs.get(c))) {
                    covered.set(c);
                }
            }
            if (!covered.isEmpty()) {
                kept.add(implicant);
                coverage.add(covered);
            }
        }
        return new PiChart(kept, List.copyOf(columnIndices), coverage);
    }

    /** Removes every PI whose covered columns are a strict subset of another PI's (R's {@code row.dom}). */
    PiChart withoutDominated() {
        List<int[]> kept = new ArrayList<>();
        List<BitSet> keptCoverage = new ArrayList<>();
        for (int p = 0; p < implicants.size(); p++) {
            if (!isDominated(p)) {
                kept.add(implicants.get(p));
                keptCoverage.add(coverage.get(p));
            }
        }
        return new PiChart(kept, columns, keptCoverage);
    }

    private boolean isDominated(int p) {
        BitSet mine = coverage.get(p);
        for (int q = 0; q < implicants.size(); q++) {
            BitSet other = coverage.get(q);
            if (q != p && other.cardinality() > mine.cardinality()) {
                BitSet outside = (BitSet) mine.clone();
                outside.andNot(other);
                if (outside.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    public List<int[]> implicants() {
        return implicants;
    }

    /** Indices of the explained truth-table rows, ascending. */
    public List<Integer> columns() {
        return columns;
    }

    public boolean covers(int implicant, int column) {
        return coverage.get(implicant).get(column);
    }

    BitSet coverage(int implicant) {
        return coverage.get(implicant);
    }

    int columnCount() {
        return columns.size();
    }
}
