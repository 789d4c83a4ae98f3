package org.w3id.veta.cli.qca;

import com.fasterxml.jackson.databind.JsonNode;
import org.w3id.veta.qca.Qca;
import org.w3id.veta.qca.fit.Pof;
import org.w3id.veta.qca.fit.Relation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code qca fit}: R's {@code pof()}, parameters of fit of expressions and of their union. */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Parameters of fit (necessity or sufficiency) of expressions and their union, like R's pof().")
class FitCommand extends QcaSubcommand<Pof> {

    @Option(names = "--outcome", required = true, paramLabel = "Y|~Y", description = "Outcome; ~Y negates it.")
    String outcome;

    @Option(names = "--expressions", required = true, paramLabel = "A,~B,A*C",
            description = "Comma-separated sums of products, e.g. \"DEV,~URB,LIT*STB + IND\".")
    String expressions;

    @Option(names = "--relation", defaultValue = "necessity",
            description = "necessity or sufficiency (default: ${DEFAULT-VALUE}).")
    String relation;

    @Override
    Pof compute() {
        return Qca.pof(dataOptions.source().load(), outcome, TruthTableArgs.list(expressions),
                Relation.parse(relation));
    }

    @Override
    JsonNode toJsonTree(Pof result) {
        return JsonReport.rows(result.relation() == Relation.NECESSITY
                ? result.necessity().stream().map(JsonReport::necessity).toList()
                : result.sufficiency().stream().map(JsonReport::sufficiency).toList());
    }

    @Override
    String toText(Pof result) {
        return result.relation() == Relation.NECESSITY
                ? TextReport.necessity(result.necessity())
                : TextReport.sufficiency(result.sufficiency());
    }
}
