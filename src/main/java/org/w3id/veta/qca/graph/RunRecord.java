package org.w3id.veta.qca.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.veta.qca.QcaException;
import org.w3id.veta.qca.fit.SufficiencyFit;
import org.w3id.veta.qca.minimize.Minimization;
import org.w3id.veta.qca.truthtable.TruthTable;
import org.w3id.veta.qca.truthtable.TruthTableRow;
import org.w3id.veta.vocab.Ids;
import org.w3id.veta.vocab.VETA;

/**
 * A QCA run as RDF: what was run (command, data, parameters), its observed truth-table rows with their cases
 * (linked to the graph's cases when the data came from a query) and its models with their fit. Saved as a
 * Turtle file under {@code data/qca-runs/}, which the next build loads into its own named graph.
 */
public final class RunRecord {
    private static final String PROV = "http://www.w3.org/ns/prov#";

    private RunRecord() {}

    /** The run's RDF. {@code name} (the file's stem) keys the run: {@code id/qca-run/NAME}. */
    public static Model describe(String name, String commandLine, String data, String queryName, TruthTable truthTable,
                                 Minimization minimization, Map<String, String> parameters) {
        if (!Ids.isValidKey(name)) throw new QcaException("'" + name + "' cannot name a run: use letters, digits, '.', '_', '-'");
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("veta", VETA.NS).setNsPrefix("prov", PROV).setNsPrefix("rdfs", RDFS.uri);
        Resource run = model.createResource(Ids.resource("qca-run", name))
                .addProperty(RDF.type, VETA.QcaRun)
                .addProperty(RDFS.label, "QCA run " + name)
                .addProperty(VETA.commandLine, commandLine)
                .addProperty(VETA.dataDescription, data)
                .addProperty(VETA.outcomeName, truthTable.data().outcomeLabel())
                .addLiteral(model.createProperty(PROV, "endedAtTime"), model.createTypedLiteral(Instant.now().toString(), XSDDatatype.XSDdateTime));
        if (queryName != null) run.addProperty(model.createProperty(PROV, "used"), model.createResource(Ids.resource("query", queryName)));
        truthTable.data().conditions().forEach(c -> run.addProperty(VETA.conditionName, c));
        parameters.forEach((key, value) -> run.addProperty(VETA.parameterSetting, key + "=" + value));
        List<String> conditions = truthTable.data().conditions();
        for (TruthTableRow row : truthTable.rows()) {
            if (!row.observed()) continue;
            Resource node = model.createResource(run.getURI() + "/row/" + row.index())
                    .addProperty(RDF.type, VETA.TruthTableRow)
                    .addProperty(VETA.configuration, configuration(conditions, row.config()))
                    .addProperty(VETA.outputValue, row.out().symbol())
                    .addLiteral(VETA.rowCases, model.createTypedLiteral(Integer.toString(row.n()), XSDDatatype.XSDinteger))
                    .addLiteral(VETA.inclusion, model.createTypedLiteral(row.incl()))
                    .addLiteral(VETA.pri, model.createTypedLiteral(row.PRI()));
            for (String caseName : row.cases()) {
                node.addProperty(VETA.caseLabel, caseName);
                if (queryName != null && Ids.isValidKey(caseName)) node.addProperty(VETA.caseInRow, model.createResource(Ids.resource("case", caseName)));
            }
            run.addProperty(VETA.truthTableRow, node);
        }
        if (minimization != null) {
            for (var solutionModel : minimization.solution().models()) {
                Resource node = fit(model, model.createResource(run.getURI() + "/model/" + solutionModel.name()), solutionModel.fit())
                        .addProperty(RDF.type, VETA.QcaModel)
                        .addProperty(RDFS.label, solutionModel.name())
                        .addProperty(VETA.expression, solutionModel.expression());
                for (int t = 0; t < solutionModel.terms().size(); t++) {
                    Resource term = fit(model, model.createResource(node.getURI() + "/term/" + (t + 1)), solutionModel.termFit().get(t))
                            .addProperty(VETA.expression, solutionModel.terms().get(t));
                    node.addProperty(VETA.modelTerm, term);
                }
                run.addProperty(VETA.solutionModel, node);
            }
        }
        return model;
    }

    public static void write(Model run, Path file) {
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                RDFDataMgr.write(out, run, RDFFormat.TURTLE_PRETTY);
            }
        } catch (IOException e) {
            throw new QcaException("cannot write " + file + ": " + e.getMessage());
        }
    }

    private static Resource fit(Model model, Resource node, SufficiencyFit fit) {
        node.addLiteral(VETA.inclusion, model.createTypedLiteral(fit.inclS()))
                .addLiteral(VETA.pri, model.createTypedLiteral(fit.PRI()))
                .addLiteral(VETA.coverage, model.createTypedLiteral(fit.covS()));
        if (fit.covU() != null) node.addLiteral(VETA.uniqueCoverage, model.createTypedLiteral(fit.covU()));
        return node;
    }

    private static String configuration(List<String> conditions, int[] config) {
        StringBuilder text = new StringBuilder();
        for (int j = 0; j < conditions.size(); j++) text.append(j == 0 ? "" : " ").append(conditions.get(j)).append('=').append(config[j]);
        return text.toString();
    }

}
