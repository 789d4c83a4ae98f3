package org.w3id.veta.qca.minimize;

import java.util.List;

/**
 * The intermediate solution for one pair of conservative model Ci and parsimonious model Pj
 * (named {@code CiPj}), with its easy (EC) and difficult (DC) counterfactuals.
 */
public record IntermediateSolution(String name, List<String> conservativeTerms, List<String> parsimoniousTerms,
        List<Integer> easyCounterfactuals, List<Integer> difficultCounterfactuals, Solution solution) {
}
