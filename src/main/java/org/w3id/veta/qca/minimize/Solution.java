package org.w3id.veta.qca.minimize;

import java.util.List;
import org.w3id.veta.qca.fit.SufficiencyFit;

/**
 * The models obtained from one PI chart; {@code covers} holds each model's PI positions in the chart.
 * {@code solutionPIs} are the PIs used by at least one model,
 * {@code essential} those used by all. {@code allPiFit} (fit of every solution PI, covU relative to all of
 * them) is only computed when there are several models, as in R; it is null otherwise.
 */
public record Solution(PiChart chart, List<String> chartImplicants, List<int[]> covers, List<Model> models,
        List<String> solutionPIs, List<String> essential, List<SufficiencyFit> allPiFit) {

    public Solution withEssential(List<String> essentialPIs) {
        return new Solution(chart, chartImplicants, covers, models, solutionPIs, essentialPIs, allPiFit);
    }
}
