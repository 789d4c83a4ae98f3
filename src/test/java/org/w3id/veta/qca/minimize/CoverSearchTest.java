package org.w3id.veta.qca.minimize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Checks the exact set cover against exhaustive enumeration on random PI charts. */
class CoverSearchTest {

    @Test
    void minimumAndIrredundantCoversMatchExhaustiveSearch() {
        Random random = new Random(2026);
        for (int trial = 0; trial < 300; trial++) {
            int pis = 2 + random.nextInt(8);
            int columns = 1 + random.nextInt(7);
            boolean[][] covers = new boolean[pis][columns];
            for (int c = 0; c < columns; c++) {
                covers[random.nextInt(pis)][c] = true; // every column coverable
                for (int p = 0; p < pis; p++) {
                    covers[p][c] |= random.nextDouble() < 0.3;
                }
            }
            PiChart chart = chartOf(covers, columns);
            List<BitSet> all = exhaustiveCovers(chart);
            int minimum = all.stream().mapToInt(BitSet::cardinality).min().orElseThrow();
            Set<String> expectedMinimum = new TreeSet<>();
            Set<String> expectedIrredundant = new TreeSet<>();
            for (BitSet cover : all) {
                if (cover.cardinality() == minimum) {
                    expectedMinimum.add(cover.toString());
                }
                if (isIrredundant(chart, cover)) {
                    expectedIrredundant.add(cover.toString());
                }
            }
            assertEquals(expectedMinimum, asStrings(CoverSearch.minimumCovers(chart)));
            assertEquals(expectedIrredundant, asStrings(CoverSearch.irredundantCovers(chart)));
        }
    }

    /**
     * Realises an arbitrary coverage matrix as cubes: column c is the row with condition c = 1 and all others
     * 0; PI p fixes "condition c = 0" for every column c it must miss, and leaves the other conditions free.
     */
    private static PiChart chartOf(boolean[][] covers, int columns) {
        int pis = covers.length;
        List<int[]> rows = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            int[] config = new int[columns];
            config[c] = 1;
            rows.add(config);
            indices.add(c + 1);
        }
        List<int[]> implicants = new ArrayList<>();
        for (int p = 0; p < pis; p++) {
            int[] cube = new int[columns];
            for (int c = 0; c < columns; c++) {
                cube[c] = covers[p][c] ? 0 : 1;
            }
            implicants.add(cube);
        }
        return PiChart.of(implicants, indices, rows);
    }

    private static List<BitSet> exhaustiveCovers(PiChart chart) {
        int pis = chart.implicants().size();
        List<BitSet> covers = new ArrayList<>();
        for (int mask = 1; mask < 1 << pis; mask++) {
            BitSet chosen = BitSet.valueOf(new long[] {mask});
            BitSet covered = new BitSet();
            chosen.stream().forEach(p -> covered.or(chart.coverage(p)));
            if (covered.cardinality() == chart.columnCount()) {
                covers.add(chosen);
            }
        }
        return covers;
    }

    private static boolean isIrredundant(PiChart chart, BitSet cover) {
        return cover.stream().allMatch(skip -> {
            BitSet covered = new BitSet();
            cover.stream().filter(p -> p != skip).forEach(p -> covered.or(chart.coverage(p)));
            return covered.cardinality() < chart.columnCount();
        });
    }

    private static Set<String> asStrings(List<int[]> covers) {
        Set<String> strings = new TreeSet<>();
        for (int[] cover : covers) {
            BitSet set = new BitSet();
            for (int p : cover) {
                set.set(p);
            }
            strings.add(set.toString());
        }
        return strings;
    }
}
