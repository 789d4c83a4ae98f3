package org.w3id.veta.cli.qca;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.w3id.veta.qca.Qca;
import org.w3id.veta.qca.QcaException;
import org.w3id.veta.qca.calibration.Calibration;
import org.w3id.veta.qca.data.DataMatrix;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code qca calibrate}: R's {@code calibrate()} on one column of the data. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Calibrate one column into crisp or fuzzy set membership scores, like R's calibrate().")
class CalibrateCommand extends QcaSubcommand<CalibrateCommand.Calibrated> {

    record Calibrated(List<String> caseNames, double[] raw, double[] values) {
    }

    @Option(names = "--column", required = true, description = "Column to calibrate.")
    String column;

    @Option(names = "--type", defaultValue = "fuzzy", description = "crisp or fuzzy (default: ${DEFAULT-VALUE}).")
    String type;

    @Option(names = "--method", defaultValue = "direct",
            description = "Fuzzy method: direct, indirect or TFR (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--thresholds", description = "e.g. \"e=400,c=550,i=900\", \"e1=..,c1=..,i1=..,i2=..,c2=..,e2=..\""
            + " or plain numbers (crisp, indirect).")
    String thresholds;

    @Option(names = "--logistic", arity = "1", defaultValue = "true",
            description = "Logistic function for 3 thresholds (default: ${DEFAULT-VALUE}).")
    boolean logistic;

    @Option(names = "--idm", defaultValue = "0.95", description = "Inclusion degree of membership (default: ${DEFAULT-VALUE}).")
    double idm;

    @Option(names = "--below", defaultValue = "1", description = "Exponent below the crossover (non-logistic).")
    double below;

    @Option(names = "--above", defaultValue = "1", description = "Exponent above the crossover (non-logistic).")
    double above;

    @Option(names = "--ecdf", description = "Use the empirical CDF (with --logistic false).")
    boolean ecdf;

    @Override
    Calibrated compute() {
        DataMatrix data = dataOptions.source().load();
        double[] raw = data.column(column);
        double[] values = switch (type) {
            case "crisp" -> Qca.calibrateCrisp(raw, thresholds);
            case "fuzzy" -> fuzzy(raw);
            default -> throw new QcaException("Incorrect calibration type '" + type + "' (use crisp or fuzzy).");
        };
        return new Calibrated(data.caseNames(), raw, values);
    }

    private double[] fuzzy(double[] raw) {
        return switch (method) {
            case "direct" -> Qca.calibrateDirect(raw, thresholds,
                    new Calibration.DirectOptions(logistic, idm, ecdf, below, above));
            case "indirect" -> Qca.calibrateIndirect(raw, thresholds);
            case "TFR" -> Qca.calibrateTfr(raw);
            default -> throw new QcaException("Incorrect calibration method '" + method
                    + "' (use direct, indirect or TFR).");
        };
    }

    @Override
    JsonNode toJsonTree(Calibrated result) {
        return JsonReport.calibration(result.caseNames(), result.raw(), result.values());
    }

    @Override
    String toText(Calibrated result) {
        return TextReport.calibration(result.caseNames(), result.raw(), result.values());
    }
}
