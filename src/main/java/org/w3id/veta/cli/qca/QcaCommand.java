package org.w3id.veta.cli.qca;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code qca}: Qualitative Comparative Analysis reproducing R package QCA 3.25. */
@Command(name = "qca", mixinStandardHelpOptions = true,
        description = "Qualitative Comparative Analysis (calibration, truth table, minimisation, necessity), "
                + "with the results of R package QCA 3.25.",
        subcommands = {CalibrateCommand.class, TruthTableCommand.class, MinimizeCommand.class, FitCommand.class,
                SuperSubsetCommand.class, XyPlotCommand.class})
public class QcaCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
