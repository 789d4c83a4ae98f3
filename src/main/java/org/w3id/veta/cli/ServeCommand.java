package org.w3id.veta.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.veta.build.Progress;
import org.w3id.veta.serve.ServerOptions;
import org.w3id.veta.serve.VetaServer;
import org.w3id.veta.store.StoreLayout;
import org.w3id.veta.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store read-only with Fuseki and its web UI (http://localhost:3030/ by default).",
                "Builds the store first if there is none, if the curated tables or the ontology changed since the",
                "last build, or with --rebuild. Dataset /veta: /veta/sparql and",
                "/veta/query (SPARQL protocol), /veta/get (graph store, read only)."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin BuildCommand build;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "127.0.0.1 or localhost (this machine only, the default) or 0.0.0.0 (all interfaces).")
    String host;

    @Option(names = "--rebuild", description = "Build the store again before serving.")
    boolean rebuild;

    @Option(names = "--timeout", defaultValue = "30s", paramLabel = "DURATION",
            description = "Query timeout, e.g. 30s, 2m, 1500ms (default: ${DEFAULT-VALUE}).")
    String timeout;

    @Override
    public Integer call() throws InterruptedException {
        Progress progress = new Progress(System.err);
        ServerOptions options = new ServerOptions(port, allInterfaces(), parseDuration(timeout),
                Path.of(System.getProperty("java.io.tmpdir"), "veta-fuseki-ui"));
        StoreLayout layout = new StoreLayout(build.locations.store());
        boolean stale = layout.current().isPresent() && inputsChangedSince(layout.current().get());
        if (stale) progress.step("the curated tables or the ontology changed since the last build: rebuilding");
        if (rebuild || stale || layout.current().isEmpty()) {
            BuildCommand.printSummary(BuildCommand.newBuilder().build(build.options(), progress));
        }
        Path database = layout.current().orElseThrow();
        DatasetGraph dataset = Stores.open(database);
        FusekiServer server = VetaServer.start(dataset, options);
        String base = "http://" + (options.allInterfaces() ? "localhost" : "127.0.0.1") + ":" + server.getHttpPort();
        layout.announceServer(base + VetaServer.DATASET + "/sparql");
        Runtime.getRuntime().addShutdownHook(new Thread(layout::withdrawServer));
        progress.step("serving " + database.getFileName() + " at " + base + "/  (SPARQL: " + base + VetaServer.DATASET
                + "/sparql; read-only; query timeout " + timeout + "). Ctrl-C stops.");
        server.join();
        return Veta.OK;
    }

    /** Whether a file of the curated tables or the ontology is newer than the database (so serving it would mislead). */
    private boolean inputsChangedSince(Path database) {
        try {
            var builtAt = Files.getLastModifiedTime(database);
            for (Path dir : List.of(build.options().data(), build.options().ontology())) {
                try (var files = Files.list(dir)) {
                    for (Path file : files.toList()) {
                        if (Files.getLastModifiedTime(file).compareTo(builtAt) > 0) return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            return false; // a missing folder is reported by the build, if one runs
        }
    }

    private boolean allInterfaces() {
        return switch (host) {
            case "127.0.0.1", "localhost" -> false;
            case "0.0.0.0" -> true;
            default -> throw new UserError("--host must be 127.0.0.1, localhost or 0.0.0.0 (got '" + host + "')");
        };
    }

    static Duration parseDuration(String text) {
        var matcher = Pattern.compile("(\\d+)(ms|s|m)").matcher(text.strip());
        if (!matcher.matches()) throw new UserError("invalid duration '" + text + "' (e.g. 30s, 2m, 1500ms)");
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> Duration.ofMinutes(amount);
        };
    }
}
