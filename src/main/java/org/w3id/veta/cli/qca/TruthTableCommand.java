package org.w3id.veta.cli.qca;

import com.fasterxml.jackson.databind.JsonNode;
import org.w3id.veta.qca.truthtable.TruthTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code qca truth-table}: R's {@code truthTable()}. */
@Command(name = "truth-table", mixinStandardHelpOptions = true,
        description = "Build the truth table (OUT, n, incl, PRI, cases) like R's truthTable().")
class TruthTableCommand extends QcaSubcommand<TruthTable> {

    @Mixin
    TruthTableArgs table;

    @Mixin
    RunOptions run;

    @Override
    TruthTable compute() {
        TruthTable truthTable = table.build(dataOptions.source().load());
        run.saveIfAsked(spec, commandLine(), dataOptions, truthTable, null, table.parameters());
        return truthTable;
    }

    @Override
    JsonNode toJsonTree(TruthTable result) {
        return JsonReport.truthTable(result);
    }

    @Override
    String toText(TruthTable result) {
        return TextReport.truthTable(result, table.showCases);
    }
}
