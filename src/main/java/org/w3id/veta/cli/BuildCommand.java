package org.w3id.veta.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.veta.build.BuildOptions;
import org.w3id.veta.build.Progress;
import org.w3id.veta.build.StoreBuilder;
import org.w3id.veta.load.opendata.UbigeoLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Build the store: ontology + curated data (+ open data when the folder exists) into a new TDB2",
                "database, validated against the SHACL shapes, which replaces the current one only if all went well."})
public final class BuildCommand implements Callable<Integer> {
    @Mixin Locations locations;

    @Mixin InputOptions inputs;

    @Override
    public Integer call() {
        StoreBuilder.Summary summary = newBuilder().build(options(), new Progress(System.err));
        printSummary(summary);
        return Veta.OK;
    }

    BuildOptions options() {
        return inputs.toBuildOptions(locations.store());
    }

    static StoreBuilder newBuilder() {
        return new StoreBuilder(List.of(new UbigeoLoader()));
    }

    static void printSummary(StoreBuilder.Summary summary) {
        System.err.println("Triples per named graph:");
        summary.triplesPerGraph().forEach((graph, count) -> System.err.printf("  %8d  %s%n", count, graph));
        System.err.printf("  %8d  total%n", summary.totalTriples());
        System.err.printf("Built %s in %.1f s%n", summary.database(), summary.elapsed().toMillis() / 1000.0);
    }
}
