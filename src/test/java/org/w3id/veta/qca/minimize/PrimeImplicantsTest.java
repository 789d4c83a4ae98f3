package org.w3id.veta.qca.minimize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.w3id.veta.qca.truthtable.RowSpace;

/** Checks the fast PI generators against a brute-force definition on random truth tables. */
class PrimeImplicantsTest {

    @Test
    void consistencyCubesFindsExactlyTheMaximalCubesWithoutNegatives() {
        Random random = new Random(42);
        for (int trial = 0; trial < 300; trial++) {
            int[] levels = randomLevels(random);
            RowSpace space = new RowSpace(levels);
            List<int[]> positive = new ArrayList<>();
            List<int[]> negative = new ArrayList<>();
            for (int index = 1; index <= space.size(); index++) {
                double draw = random.nextDouble();
                if (draw < 0.25) {
                    positive.add(space.config(index));
                } else if (draw < 0.5) {
                    negative.add(space.config(index));
                }
            }
            if (positive.isEmpty() || negative.isEmpty()) {
                continue;
            }
            Set<String> expected = names(bruteForce(levels, positive, negative, true));
            assertEquals(expected, names(PrimeImplicants.consistencyCubes(positive, negative, levels)),
                    "levels " + Arrays.toString(levels));
        }
    }

    @Test
    void quineMcCluskeyFindsExactlyTheMaximalCubesInsideTheOnSet() {
        Random random = new Random(7);
        for (int trial = 0; trial < 300; trial++) {
            int[] levels = randomLevels(random);
            RowSpace space = new RowSpace(levels);
            List<int[]> on = new ArrayList<>();
            List<int[]> off = new ArrayList<>();
            for (int index = 1; index <= space.size(); index++) {
                (random.nextDouble() < 0.5 ? on : off).add(space.config(index));
            }
            if (on.isEmpty()) {
                continue;
            }
            Set<String> expected = names(bruteForce(levels, on, off, false));
            assertEquals(expected, names(PrimeImplicants.quineMcCluskey(on, levels)), "levels " + Arrays.toString(levels));
        }
    }

    @Test
    void rOrderKeepsTheQuirkOfTheLastElement() {
        // From min_LF_cons: both PIs fix every condition, and R lists DEV*URB*LIT*IND*STB first.
        List<int[]> discovered = List.of(new int[] {2, 1, 2, 1, 2}, new int[] {2, 2, 2, 2, 2});
        List<int[]> sorted = ImplicantOrder.sortLikeR(discovered);
        assertEquals(List.of("[2, 2, 2, 2, 2]", "[2, 1, 2, 1, 2]"),
                sorted.stream().map(Arrays::toString).toList());
    }

    private static int[] randomLevels(Random random) {
        int[] levels = new int[2 + random.nextInt(3)];
        for (int j = 0; j < levels.length; j++) {
            levels[j] = random.nextDouble() < 0.8 ? 2 : 3;
        }
        return levels;
    }

    /**
     * Every cube (codes 0..levels) that contains no "forbidden" row and, for don't-care mode, at least one
     * positive row (otherwise only on-rows); keeps the maximal ones.
     */
    private static List<int[]> bruteForce(int[] levels, List<int[]> positive, List<int[]> forbidden,
            boolean dontCares) {
        int[] radix = Arrays.stream(levels).map(l -> l + 1).toArray();
        RowSpace cubes = new RowSpace(radix);
        List<int[]> valid = new ArrayList<>();
        for (int index = 1; index <= cubes.size(); index++) {
            int[] cube = cubes.config(index);
            boolean hitsPositive = positive.stream().anyMatch(row -> Cubes.covers(cube, row));
            boolean hitsForbidden = forbidden.stream().anyMatch(row -> Cubes.covers(cube, row));
            boolean isEmptyCube = Arrays.stream(cube).allMatch(c -> c == 0) && !dontCares && !forbidden.isEmpty();
            if (hitsPositive && !hitsForbidden && !isEmptyCube) {
                valid.add(cube);
            }
        }
        List<int[]> maximal = new ArrayList<>();
        for (int[] cube : valid) {
            boolean dominated = valid.stream().anyMatch(other -> other != cube && !Arrays.equals(other, cube)
                    && Cubes.literalsWithin(other, cube));
            if (!dominated) {
                maximal.add(cube);
            }
        }
        return maximal;
    }

    private static Set<String> names(List<int[]> cubes) {
        Set<String> names = new TreeSet<>();
        cubes.forEach(c -> names.add(Arrays.toString(c)));
        return names;
    }
}
