package org.w3id.veta.cli.qca;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.w3id.veta.qca.Qca;
import org.w3id.veta.qca.fit.Relation;
import org.w3id.veta.qca.fit.SuperSubset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code qca supersubset}: R's {@code superSubset()}. */
@Command(name = "supersubset", mixinStandardHelpOptions = true,
        description = "Search necessary (or sufficient) expressions passing the cut-offs, like R's superSubset().")
class SuperSubsetCommand extends QcaSubcommand<SuperSubsetCommand.Found> {

    record Found(Relation relation, List<SuperSubset.Result> results) {
    }

    @Option(names = "--outcome", required = true, paramLabel = "Y|~Y", description = "Outcome; ~Y negates it.")
    String outcome;

    @Option(names = "--conditions", paramLabel = "A,B,C", description = "Conditions (default: all other columns).")
    String conditions;

    @Option(names = "--relation", defaultValue = "necessity",
            description = "necessity or sufficiency (default: ${DEFAULT-VALUE}).")
    String relation;

    @Option(names = "--incl-cut", defaultValue = "1", description = "Inclusion cut-off (default: ${DEFAULT-VALUE}).")
    double inclCut;

    @Option(names = "--cov-cut", defaultValue = "0", description = "Coverage cut-off (default: ${DEFAULT-VALUE}).")
    double covCut;

    @Option(names = "--ron-cut", defaultValue = "0", description = "Relevance of necessity cut-off (default: ${DEFAULT-VALUE}).")
    double ronCut;

    @Option(names = "--pri-cut", defaultValue = "0", description = "PRI cut-off for sufficiency (default: ${DEFAULT-VALUE}).")
    double priCut;

    @Option(names = "--use-letters", description = "Name the conditions A, B, C ... in the results (R's use.letters).")
    boolean useLetters;

    @Override
    Found compute() {
        Relation parsed = Relation.parse(relation);
        SuperSubset.Cutoffs cutoffs = new SuperSubset.Cutoffs(inclCut, covCut, ronCut, priCut);
        return new Found(parsed, Qca.superSubset(dataOptions.source().load(), outcome,
                TruthTableArgs.list(conditions), parsed, cutoffs, useLetters));
    }

    @Override
    JsonNode toJsonTree(Found found) {
        return JsonReport.rows(found.results().stream()
                .map(r -> found.relation() == Relation.NECESSITY
                        ? JsonReport.necessity(r.necessity())
                        : JsonReport.sufficiency(r.sufficiency()))
                .toList());
    }

    @Override
    String toText(Found found) {
        return found.relation() == Relation.NECESSITY
                ? TextReport.necessity(found.results().stream().map(SuperSubset.Result::necessity).toList())
                : TextReport.sufficiency(found.results().stream().map(SuperSubset.Result::sufficiency).toList());
    }
}
