package org.w3id.veta.qca.minimize;

import java.util.ArrayList;
import java.util.List;

/**
 * R's order of prime implicants ({@code sort_cols} in QCA's C code), applied to PIs in discovery
 * order. Roughly "fewer literals first, then ~X before X before absent, condition by condition",
 * but R's insertion-style loops are not a stable sort and skip the last element when every PI fixes
 * a condition. Reproducing the loops verbatim reproduces R's term order and model numbering.
 */
final class ImplicantOrder {

    /**
     * R's loops take quadratic time; beyond this many PIs (charts nobody compares by eye) the canonical
     * order is used instead, which differs from R's only where R's quirk applies.
     */
    static final int R_ORDER_LIMIT = 5000;

    private ImplicantOrder() {
    }

    /** Fewer literals first; then, condition by condition, lower values before higher before absent. */
    static List<int[]> canonicalSort(List<int[]> implicants) {
        List<int[]> sorted = new ArrayList<>(implicants);
        sorted.sort((a, b) -> {
            int byCount = Integer.compare(Cubes.literalCount(a), Cubes.literalCount(b));
            for (int j = 0; j < a.length && byCount == 0; j++) {
                byCount = Integer.compare(a[j] == 0 ? Integer.MAX_VALUE : a[j], b[j] == 0 ? Integer.MAX_VALUE : b[j]);
            }
            return byCount;
        });
        return sorted;
    }

    static List<int[]> sortLikeR(List<int[]> discovered) {
        if (discovered.size() > R_ORDER_LIMIT) {
            return canonicalSort(discovered);
        }
        int count = discovered.size();
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        int conditions = count == 0 ? 0 : discovered.get(0).length;
        int[] column = new int[count];
        for (int j = conditions - 1; j >= 0; j--) {
            for (int i = 0; i < count; i++) {
                column[i] = discovered.get(i)[j];
            }
            moveSort(order, count, column, true);
            int leadingNonZero = 0;
            while (leadingNonZero < count && column[order[leadingNonZero]] != 0) {
                leadingNonZero++;
            }
            int limit = leadingNonZero == count ? count - 1 : leadingNonZero; // R's off-by-one quirk
            moveSort(order, limit, column, false);
        }
        for (int i = 0; i < count; i++) {
            column[i] = Cubes.literalCount(discovered.get(i));
        }
        moveSort(order, count, column, false);
        List<int[]> sorted = new ArrayList<>(count);
        for (int index : order) {
            sorted.add(discovered.get(index));
        }
        return sorted;
    }

    /**
     * R's loop: for each position c1 and each later position c2 (below {@code limit}), if the key at c2 is
     * greater (descending) or smaller (ascending) than the key now at c1, the element at c2 moves to c1
     * and the ones in between shift right. The scan stops early once the rest is already in order,
     * because no later pass could then move anything.
     */
    static void moveSort(int[] order, int limit, int[] key, boolean descending) {
        int sign = descending ? -1 : 1;
        for (int c1 = 0; c1 < limit; c1++) {
            if (inOrder(order, c1, limit, key, sign)) {
                return;
            }
            for (int c2 = c1 + 1; c2 < limit; c2++) {
                if (sign * key[order[c1]] > sign * key[order[c2]]) {
                    int moved = order[c2];
                    System.arraycopy(order, c1, order, c1 + 1, c2 - c1);
                    order[c1] = moved;
                }
            }
        }
    }

    private static boolean inOrder(int[] order, int from, int limit, int[] key, int sign) {
        for (int i = from + 1; i < limit; i++) {
            if (sign * key[order[i - 1]] > sign * key[order[i]]) {
                return false;
            }
        }
        return true;
    }
}
