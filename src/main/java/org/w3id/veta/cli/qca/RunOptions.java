package org.w3id.veta.cli.qca;

import java.nio.file.Path;
import java.util.Map;
import org.w3id.veta.cli.Locations;
import org.w3id.veta.qca.graph.RunRecord;
import org.w3id.veta.qca.minimize.Minimization;
import org.w3id.veta.qca.truthtable.TruthTable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --save-run FILE.ttl}: keep the run as RDF, so that the graph records how a result was obtained. */
class RunOptions {

    @Option(names = "--save-run", paramLabel = "FILE.ttl",
            description = "Save the run as RDF (command, data, parameters, truth table, models with fit). "
                    + "Files in data/qca-runs/ are loaded into the graph by the next build.")
    Path runFile;

    void saveIfAsked(CommandSpec spec, String command, DataOptions data, TruthTable truthTable, Minimization minimization, Map<String, String> parameters) {
        if (runFile == null) return;
        Path file = Locations.resolve(runFile);
        String name = file.getFileName().toString().replaceFirst("\\.ttl$", "");
        RunRecord.write(RunRecord.describe(name, command, data.describe(), data.queryName(), truthTable, minimization, parameters), file);
        spec.commandLine().getErr().println("qca: run saved to " + file);
    }
}
