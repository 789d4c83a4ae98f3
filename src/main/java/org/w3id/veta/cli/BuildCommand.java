package org.w3id.veta.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.veta.build.BuildOptions;
import org.w3id.veta.build.Progress;
import org.w3id.veta.build.StoreBuilder;
import org.w3id.veta.load.opendata.UbigeoLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Build the store: ontology + curated data (+ open data when the folder exists) into a new TDB2",
                "database, validated against the SHACL shapes, which replaces the current one only if all went well."})
public final class BuildCommand implements Callable<Integer> {
    @Mixin Paths paths;

    @Option(names = "--data", paramLabel = "DIR", description = "Curated tables (default: ${DEFAULT-VALUE}).", defaultValue = "data")
    Path data;

    @Option(names = "--ontology", paramLabel = "DIR", description = "Ontology and shapes (default: ${DEFAULT-VALUE}).", defaultValue = "ontology")
    Path ontology;

    @Option(names = "--opendata", paramLabel = "DIR", description = "Open-data folder (default: ../shared/opendata where it exists).")
    Path openData;

    @Override
    public Integer call() {
        StoreBuilder.Summary summary = newBuilder().build(options(), new Progress(System.err));
        printSummary(summary);
        return Veta.OK;
    }

    BuildOptions options() {
        return options(ontology, data, openData, paths.store());
    }

    static BuildOptions options(Path ontology, Path data, Path openData, Path store) {
        Path open = openData != null ? Paths.resolve(openData) : Paths.defaultOpenData();
        return new BuildOptions(Paths.home(), Paths.resolve(ontology), Paths.resolve(data), open, store);
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
