package org.w3id.veta.cli;

import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.veta.build.Progress;
import org.w3id.veta.io.RdfFiles;
import org.w3id.veta.build.StoreBuilder;
import org.w3id.veta.store.StoreLayout;
import org.w3id.veta.store.Stores;
import org.w3id.veta.validate.ShapeCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"SHACL validation of the store, or, with --data, of the curated tables before building.",
                "Prints a report grouped by shape and focus node; exit code 1 when there are violations."})
public final class ValidateCommand implements Callable<Integer> {
    @Mixin Locations locations;

    @Mixin InputOptions inputs;

    @Override
    public Integer call() {
        ShapeCheck.Result result = inputs.dataGiven()
                ? BuildCommand.newBuilder().check(inputs.toBuildOptions(locations.store()), new Progress(System.err))
                : validateStore();
        System.out.print(result.format());
        System.out.println(result.conforms()
                ? "Conforms: no violations (" + result.entries().size() + " other results)."
                : result.violations() + " violation(s).");
        return result.conforms() ? Veta.OK : Veta.FINDINGS;
    }

    private ShapeCheck.Result validateStore() {
        StoreLayout layout = new StoreLayout(locations.store());
        var database = layout.current().orElseThrow(() -> new UserError("no store at " + layout.root() + ": run 'veta build' first"));
        DatasetGraph dataset = Stores.open(database);
        Graph shapes = RdfFiles.read(inputs.ontologyDir().resolve(StoreBuilder.SHAPES_FILE));
        Graph union = GraphFactory.createDefaultGraph();
        Txn.executeRead(dataset, () -> dataset.getUnionGraph().find().forEachRemaining(union::add));
        return new ShapeCheck(shapes).validate(union);
    }
}
