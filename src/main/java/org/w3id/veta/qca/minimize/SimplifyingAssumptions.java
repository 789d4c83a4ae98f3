package org.w3id.veta.qca.minimize;

import java.util.List;

/** The remainders (and included contradictions) a parsimonious model relies on: covered rows minus explained ones. */
public record SimplifyingAssumptions(String model, List<Integer> rows) {
}
