package org.w3id.veta.qca.minimize;

import java.util.List;
import org.w3id.veta.qca.fit.SufficiencyFit;

/**
 * One minimal solution ("M1", "M2" …): its terms in R's order, the fit of the whole model and of each term.
 * {@code implicants} are the terms in coding {@code 0 = absent, value + 1}.
 */
public record Model(String name, List<int[]> implicants, List<String> terms, SufficiencyFit fit,
        List<SufficiencyFit> termFit) {

    public String expression() {
        return String.join(" + ", terms);
    }
}
