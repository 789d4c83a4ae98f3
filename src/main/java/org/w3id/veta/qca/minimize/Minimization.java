package org.w3id.veta.qca.minimize;

import java.util.List;
import org.w3id.veta.qca.data.SetData;
import org.w3id.veta.qca.truthtable.TruthTable;

/**
 * Everything R's {@code minimize(..., details = TRUE)} reports: the truth table, explained and negative
 * rows, the PI chart and models (conservative or parsimonious), the simplifying assumptions of each
 * model and, if directional expectations were given, the intermediate solutions.
 */
public record Minimization(TruthTable truthTable, MinimizeOptions options, List<Integer> explainedRows,
        List<String> initials, List<Integer> negativeRows, Solution solution,
        List<SimplifyingAssumptions> simplifyingAssumptions, List<IntermediateSolution> intermediate) {

    /** R's printed relation: {@code <->} when the model's coverage reaches {@code sol.cov} (with tolerance). */
    public String arrow(Model model) {
        return model.fit().covS() + SetData.TOLERANCE > options.solutionCoverage() ? "<->" : "->";
    }
}
