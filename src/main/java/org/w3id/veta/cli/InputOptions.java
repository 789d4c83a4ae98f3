package org.w3id.veta.cli;

import java.nio.file.Path;
import org.w3id.veta.build.BuildOptions;
import picocli.CommandLine.Option;

/** The inputs of a build, shared by {@code build}, {@code serve} and {@code validate --data}. */
public final class InputOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "Curated tables (default: data).")
    Path data;

    @Option(names = "--ontology", paramLabel = "DIR", description = "Ontology and shapes (default: ${DEFAULT-VALUE}).", defaultValue = "ontology")
    Path ontology;

    @Option(names = "--opendata", paramLabel = "DIR", description = "Open-data folder (default: ../shared/opendata where it exists).")
    Path openData;

    /** Whether --data was given (validate then checks the tables instead of the store). */
    boolean dataGiven() { return data != null; }

    BuildOptions toBuildOptions(Path store) {
        Path open = openData != null ? Locations.resolve(openData) : Locations.defaultOpenData();
        return new BuildOptions(Locations.home(), Locations.resolve(ontology),
                Locations.resolve(data != null ? data : Path.of("data")), open, store);
    }

    Path ontologyDir() { return Locations.resolve(ontology); }
}
