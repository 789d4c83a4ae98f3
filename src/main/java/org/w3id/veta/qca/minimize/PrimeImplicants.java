package org.w3id.veta.qca.minimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.veta.qca.util.Combinations;

/**
 * The two prime-implicant generators of R's QCA, returning PIs in R's discovery order (which
 * {@link ImplicantOrder} needs to reproduce R's term and model order).
 */
final class PrimeImplicants {

    private PrimeImplicants() {
    }

    /**
     * Quine-McCluskey without don't cares (R's {@code C_QMC}): the maximal cubes all of whose rows are
     * in {@code on}. Multi-value conditions merge only when all their levels are present. Partners are
     * found by hashing each cube with one fixed condition freed, but pairs are still visited in R's
     * order (a < b), which fixes the discovery order of the PIs.
     */
    static List<int[]> quineMcCluskey(List<int[]> onConfigs, int[] levels) {
        List<int[]> current = new ArrayList<>();
        for (int[] config : onConfigs) {
            current.add(Cubes.ofRow(config));
        }
        while (true) {
            Map<Long, List<Integer>> siblings = siblingGroups(current, levels);
            boolean[] minimised = new boolean[current.size()];
            List<int[]> merged = new ArrayList<>();
            Set<List<Integer>> mergedKeys = new HashSet<>();
            for (int a = 0; a < current.size(); a++) {
                for (int[] partner : partnersAfter(a, current, siblings, levels)) {
                    int b = partner[0];
                    int position = partner[1];
                    List<Integer> group = completeGroup(current, siblings.get(key(current.get(a), position, levels)),
                            a, b, position, levels[position]);
                    if (group.size() == levels[position]) {
                        group.forEach(member -> minimised[member] = true);
                        int[] cube = current.get(a).clone();
                        cube[position] = 0;
                        if (mergedKeys.add(Arrays.stream(cube).boxed().toList())) {
                            merged.add(cube);
                        }
                    }
                }
            }
            if (merged.isEmpty()) {
                return current;
            }
            for (int i = 0; i < current.size(); i++) {
                if (!minimised[i]) {
                    merged.add(current.get(i));
                }
            }
            current = merged;
        }
    }

    /** Cubes grouped by "everything except one fixed condition": members of a group differ only there. */
    private static Map<Long, List<Integer>> siblingGroups(List<int[]> cubes, int[] levels) {
        Map<Long, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < cubes.size(); i++) {
            int[] cube = cubes.get(i);
            for (int j = 0; j < cube.length; j++) {
                if (cube[j] != 0) {
                    groups.computeIfAbsent(key(cube, j, levels), k -> new ArrayList<>()).add(i);
                }
            }
        }
        return groups;
    }

    /** The cubes b > a differing from cube a in exactly one fixed condition, as {b, position}, by b. */
    private static List<int[]> partnersAfter(int a, List<int[]> cubes, Map<Long, List<Integer>> siblings,
            int[] levels) {
        List<int[]> partners = new ArrayList<>();
        int[] cube = cubes.get(a);
        for (int j = 0; j < cube.length; j++) {
            if (cube[j] != 0) {
                for (int b : siblings.get(key(cube, j, levels))) {
                    if (b > a && cubes.get(b)[j] != cube[j]) {
                        partners.add(new int[] {b, j});
                    }
                }
            }
        }
        partners.sort((x, y) -> Integer.compare(x[0], y[0]));
        return partners;
    }

    /** Cubes a, b and further siblings (in order) with new values at {@code position}, up to one per level. */
    private static List<Integer> completeGroup(List<int[]> cubes, List<Integer> siblings, int a, int b,
            int position, int levels) {
        List<Integer> group = new ArrayList<>(List.of(a, b));
        Set<Integer> values = new HashSet<>(List.of(cubes.get(a)[position], cubes.get(b)[position]));
        for (int c : siblings) {
            if (group.size() == levels) {
                break;
            }
            if (c != a && c != b && values.add(cubes.get(c)[position])) {
                group.add(c);
            }
        }
        return group;
    }

    /** Packs a cube with condition {@code freed} set to "absent", plus which condition was freed. */
    private static long key(int[] cube, int freed, int[] levels) {
        long key = 0;
        for (int j = 0; j < cube.length; j++) {
            key = key * (levels[j] + 1) + (j == freed ? 0 : cube[j]);
        }
        return key * cube.length + freed;
    }

    /**
     * CCubes (Dusa 2018) for the parsimonious solution: by increasing number of literals, the
     * projections of explained rows that no negative row shares and that contain no smaller PI.
     * Stops, like R, once the explained rows are covered and two further levels brought nothing new.
     */
    static List<int[]> consistencyCubes(List<int[]> explained, List<int[]> negative, int[] levels) {
        int k = levels.length;
        long[] weights = new long[k];
        long weight = 1;
        for (int j = k - 1; j >= 0; j--) {
            weights[j] = weight;
            weight *= levels[j];
        }
        List<int[]> found = new ArrayList<>();
        // PIs of lower levels, indexed by the set of conditions they fix (a bit mask) and their values.
        Map<Integer, Set<Long>> lowerLevels = new LinkedHashMap<>();
        boolean[] covered = new boolean[explained.size()];
        int levelsWithoutNews = 0;
        for (int size = 1; size <= k; size++) {
            int foundBefore = found.size();
            for (int[] conditions : Combinations.of(k, size)) {
                int mask = mask(conditions);
                long[] negativeKeys = new long[negative.size()];
                for (int r = 0; r < negativeKeys.length; r++) {
                    negativeKeys[r] = projection(negative.get(r), mask, weights);
                }
                Arrays.sort(negativeKeys);
                long[] explainedKeys = new long[explained.size()];
                for (int r = 0; r < explainedKeys.length; r++) {
                    explainedKeys[r] = projection(explained.get(r), mask, weights);
                }
                Set<Long> seen = new HashSet<>();
                for (int r = 0; r < explained.size(); r++) {
                    long key = explainedKeys[r];
                    if (!seen.add(key) || Arrays.binarySearch(negativeKeys, key) >= 0
                            || containsSmallerPi(lowerLevels, mask, explained.get(r), weights)) {
                        continue;
                    }
                    int[] cube = new int[k];
                    for (int condition : conditions) {
                        cube[condition] = explained.get(r)[condition] + 1;
                    }
                    found.add(cube);
                    for (int other = r; other < explained.size(); other++) {
                        covered[other] |= explainedKeys[other] == key;
                    }
                }
            }
            for (int[] pi : found.subList(foundBefore, found.size())) {
                int piMask = mask(fixedConditions(pi));
                int[] config = Arrays.stream(pi).map(code -> Math.max(0, code - 1)).toArray();
                lowerLevels.computeIfAbsent(piMask, m -> new HashSet<>()).add(projection(config, piMask, weights));
            }
            if (!found.isEmpty() && allTrue(covered)) {
                levelsWithoutNews = found.size() > foundBefore ? 0 : levelsWithoutNews + 1;
                if (levelsWithoutNews > 1) {
                    break;
                }
            }
        }
        return found;
    }

    /**
     * True if a PI of a lower level fixes a subset of {@code mask} to the row's values. Looks up either
     * every proper subset of the mask or every stored mask, whichever is fewer.
     */
    private static boolean containsSmallerPi(Map<Integer, Set<Long>> lowerLevels, int mask, int[] row,
            long[] weights) {
        if ((1L << Integer.bitCount(mask)) < lowerLevels.size()) {
            for (int subset = (mask - 1) & mask; subset > 0; subset = (subset - 1) & mask) {
                Set<Long> pis = lowerLevels.get(subset);
                if (pis != null && pis.contains(projection(row, subset, weights))) {
                    return true;
                }
            }
            return false;
        }
        for (Map.Entry<Integer, Set<Long>> entry : lowerLevels.entrySet()) {
            int piMask = entry.getKey();
            if ((piMask & ~mask) == 0 && entry.getValue().contains(projection(row, piMask, weights))) {
                return true;
            }
        }
        return false;
    }

    private static int mask(int[] conditions) {
        int mask = 0;
        for (int condition : conditions) {
            mask |= 1 << condition;
        }
        return mask;
    }

    private static int[] fixedConditions(int[] cube) {
        return java.util.stream.IntStream.range(0, cube.length).filter(j -> cube[j] != 0).toArray();
    }

    private static long projection(int[] config, int mask, long[] weights) {
        long key = 0;
        for (int j = 0; j < weights.length; j++) {
            if ((mask & (1 << j)) != 0) {
                key += config[j] * weights[j];
            }
        }
        return key;
    }

    private static boolean allTrue(boolean[] flags) {
        for (boolean flag : flags) {
            if (!flag) {
                return false;
            }
        }
        return true;
    }
}
