package org.w3id.veta.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.veta.io.RdfFiles;
import org.w3id.veta.load.Checksums;
import org.w3id.veta.load.CuratedLoader;
import org.w3id.veta.load.LoadedGraph;
import org.w3id.veta.load.OpenDataLoader;
import org.w3id.veta.store.StoreLayout;
import org.w3id.veta.store.Stores;
import org.w3id.veta.validate.ShapeCheck;
import org.w3id.veta.vocab.Ids;

/**
 * Builds the store: ontology, shapes, curated tables and (when present) open data, validated, then written to a
 * new TDB2 database that becomes current only when everything succeeded. On any error the new database is
 * deleted and the previous one stays current.
 */
public final class StoreBuilder {
    public static final String ONTOLOGY_FILE = "veta.ttl";
    public static final String SHAPES_FILE = "shapes.ttl";
    public static final String QCA_RUNS = "qca-runs";
    private static final String ONTOLOGY_LICENCE = "https://creativecommons.org/licenses/by/4.0/";

    private final List<OpenDataLoader> openDataLoaders;

    public StoreBuilder(List<OpenDataLoader> openDataLoaders) {
        this.openDataLoaders = openDataLoaders;
    }

    /** What a build produced: triples per named graph, where the database is, how long it took. */
    public record Summary(Path database, Map<String, Long> triplesPerGraph, java.time.Duration elapsed) {
        public long totalTriples() { return triplesPerGraph.values().stream().mapToLong(Long::longValue).sum(); }
    }

    /** Reads and checks everything, without writing a store; used by {@code veta validate --data}. */
    public ShapeCheck.Result check(BuildOptions options, Progress progress) {
        Sources sources = read(options, progress);
        return sources.validate(progress);
    }

    public Summary build(BuildOptions options, Progress progress) {
        Instant started = Instant.now();
        Sources sources = read(options, progress);
        ShapeCheck.Result result = sources.validate(progress);
        if (!result.conforms()) throw new ValidationFailed(result);

        StoreLayout layout = new StoreLayout(options.store());
        Path database = layout.newDatabase();
        try {
            progress.step("writing " + database);
            List<LoadedGraph> all = sources.all();
            Model meta = GraphMetadata.describe(all, options.home(), started, Instant.now());
            Map<String, Long> triples = write(database, all, meta);
            layout.makeCurrent(database);
            layout.removeUnused();
            progress.step("store ready: " + layout.root().resolve("current") + " -> " + database.getFileName());
            return new Summary(database, triples, progress.elapsed());
        } catch (RuntimeException e) {
            layout.discard(database);
            throw e;
        }
    }

    private Sources read(BuildOptions options, Progress progress) {
        progress.step("reading the ontology and shapes in " + options.ontology());
        LoadedGraph ontology = rdfFile(Ids.ONTOLOGY_GRAPH, options.ontology().resolve(ONTOLOGY_FILE));
        LoadedGraph shapes = rdfFile(Ids.SHAPES_GRAPH, options.ontology().resolve(SHAPES_FILE));
        progress.step("reading the curated tables in " + options.data());
        List<LoadedGraph> curated = new ArrayList<>(CuratedLoader.standard().load(options.data()));
        curated.addAll(qcaRuns(options.data().resolve(QCA_RUNS), progress));
        List<LoadedGraph> open = new ArrayList<>();
        Path openData = options.openData();
        if (openData != null && Files.isDirectory(openData)) {
            for (OpenDataLoader loader : openDataLoaders) {
                if (!loader.available(openData)) {
                    progress.step("open data: " + loader.name() + " not found in " + openData + ", skipped");
                    continue;
                }
                progress.step("open data: loading " + loader.name());
                open.addAll(loader.load(openData));
            }
        } else {
            progress.step("open data: no folder" + (openData == null ? "" : " at " + openData) + ", only curated data is built");
        }
        return new Sources(ontology, shapes, curated, open);
    }

    /** Saved QCA runs ({@code veta qca ... --save-run data/qca-runs/NAME.ttl}): one graph each, {@code graph/qca-runs/NAME}. */
    private static List<LoadedGraph> qcaRuns(Path dir, Progress progress) {
        if (!Files.isDirectory(dir)) return List.of();
        try (var files = Files.list(dir)) {
            List<Path> runs = files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList();
            if (!runs.isEmpty()) progress.step("reading " + runs.size() + " saved QCA run(s) in " + dir);
            return runs.stream().map(f -> rdfFile(Ids.graph(QCA_RUNS + "/" + f.getFileName().toString().replaceFirst("\\.ttl$", "")), f)).toList();
        } catch (java.io.IOException e) {
            throw new org.w3id.veta.io.InputError(dir, 0, "cannot list the folder: " + e.getMessage());
        }
    }

    private static LoadedGraph rdfFile(String graphName, Path file) {
        Graph graph = RdfFiles.read(file);
        return new LoadedGraph(graphName, graph, file, Checksums.sha256(file), 0, ONTOLOGY_LICENCE, "veta RDF file loader 1");
    }

    private static Map<String, Long> write(Path database, List<LoadedGraph> graphs, Model meta) {
        DatasetGraph dataset = Stores.open(database);
        Map<String, Long> triples = new LinkedHashMap<>();
        try {
            Txn.executeWrite(dataset, () -> {
                for (LoadedGraph graph : graphs) {
                    var name = NodeFactory.createURI(graph.name());
                    graph.graph().find().forEachRemaining(t -> dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
                    triples.merge(graph.name(), (long) graph.graph().size(), Long::sum);
                }
                var metaName = NodeFactory.createURI(Ids.META_GRAPH);
                meta.getGraph().find().forEachRemaining(t -> dataset.add(metaName, t.getSubject(), t.getPredicate(), t.getObject()));
                triples.put(Ids.META_GRAPH, (long) meta.size());
            });
        } finally {
            dataset.close();
            org.apache.jena.tdb2.sys.TDBInternal.expel(dataset);
        }
        return triples;
    }

    /** Everything read for one build. */
    private record Sources(LoadedGraph ontology, LoadedGraph shapes, List<LoadedGraph> curated, List<LoadedGraph> open) {
        List<LoadedGraph> all() {
            List<LoadedGraph> all = new ArrayList<>();
            all.add(ontology);
            all.add(shapes);
            all.addAll(curated);
            all.addAll(open);
            return all;
        }

        /** Shapes apply to the ontology plus every data graph (the ontology supplies the class hierarchy). */
        ShapeCheck.Result validate(Progress progress) {
            progress.step("validating against " + shapes.file());
            Graph union = GraphFactory.createDefaultGraph();
            ontology.graph().find().forEachRemaining(union::add);
            curated.forEach(g -> g.graph().find().forEachRemaining(union::add));
            open.forEach(g -> g.graph().find().forEachRemaining(union::add));
            return new ShapeCheck(shapes.graph()).validate(union);
        }
    }
}
