package org.w3id.veta.cli.qca;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.w3id.veta.qca.QcaException;
import org.w3id.veta.qca.data.DataMatrix;
import org.w3id.veta.qca.data.SetData;
import org.w3id.veta.qca.expression.ExpressionLists;
import org.w3id.veta.qca.expression.SumOfProducts;
import org.w3id.veta.qca.report.XyPlot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code qca xyplot}: membership in an expression (X) against the outcome (Y), as an SVG picture. */
@Command(name = "xyplot", mixinStandardHelpOptions = true,
        description = "XY plot of set membership (a condition or solution against the outcome) as SVG, like R's XYplot().")
class XyPlotCommand extends QcaSubcommand<String> {

    @Option(names = "--x", required = true, paramLabel = "EXPR", description = "A condition or expression, e.g. DEV*~IND + URB*STB.")
    String x;

    @Option(names = "--y", required = true, paramLabel = "Y|~Y", description = "The outcome.")
    String y;

    @Option(names = "--out", paramLabel = "FILE.svg", description = "Write the SVG here (default: standard output).")
    Path out;

    @Override
    String compute() {
        DataMatrix data = dataOptions.source().load();
        SetData set = SetData.of(data, y, ExpressionLists.conditionNames(x));
        String svg = XyPlot.svg(SumOfProducts.parse(x, set).membership(set), set.outcome(), set.caseNames(), x, set.outcomeLabel());
        if (out == null) return svg;
        try {
            Files.writeString(out, svg);
        } catch (IOException e) {
            throw new QcaException("cannot write " + out + ": " + e.getMessage());
        }
        return "";
    }

    @Override
    JsonNode toJsonTree(String svg) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("svg", svg);
        return node;
    }

    @Override
    String toText(String svg) {
        return svg;
    }
}
