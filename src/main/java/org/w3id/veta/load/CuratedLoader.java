package org.w3id.veta.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.w3id.veta.io.CsvTable;
import org.w3id.veta.io.InputError;
import org.w3id.veta.io.Row;
import org.w3id.veta.vocab.Ids;
import org.w3id.veta.vocab.VETA;

/**
 * Turns the curated tables of a data folder into one named graph per file.
 * Two passes: first every table's ids are collected (so rows may refer to rows of any table, in any order),
 * then each row becomes statements, checked column by column.
 */
public final class CuratedLoader {
    public static final String LOADER = "veta curated-table loader 1";
    public static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";
    private static final String SOURCES_GRAPH = "data/sources";

    private final List<TableSpec> tables;

    public CuratedLoader(List<TableSpec> tables) {
        this.tables = tables;
    }

    public static CuratedLoader standard() {
        return new CuratedLoader(CuratedTables.ALL);
    }

    public List<LoadedGraph> load(Path dataDir) {
        if (!Files.isDirectory(dataDir)) throw new InputError(dataDir, 0, "not a folder");
        rejectUnknownFiles(dataDir);
        Map<TableSpec, CsvTable> read = new LinkedHashMap<>();
        for (TableSpec spec : tables) {
            Path file = dataDir.resolve(spec.file());
            if (!Files.exists(file)) throw new InputError(file, 0, "missing: every curated table must exist (a header line is enough)");
            CsvTable table = CsvTable.read(file);
            table.requireColumns(spec.columnNames());
            read.put(spec, table);
        }
        Map<String, Set<String>> ids = collectIds(read);
        // Sources cited by URL anywhere are described once, in the graph of the sources table, so that no
        // statement is in two graphs (the union stays a set in every SPARQL engine).
        Model citedSources = ModelFactory.createDefaultModel();
        List<LoadedGraph> graphs = new ArrayList<>();
        read.forEach((spec, table) -> graphs.add(convert(spec, table, ids, citedSources)));
        for (LoadedGraph graph : graphs) {
            if (graph.name().equals(Ids.graph(SOURCES_GRAPH))) citedSources.getGraph().find().forEachRemaining(graph.graph()::add);
        }
        return graphs;
    }

    private void rejectUnknownFiles(Path dataDir) {
        Set<String> known = new HashSet<>();
        tables.forEach(t -> known.add(t.file()));
        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".csv") && !known.contains(name)) {
                    throw new InputError(file, 0, "not a known curated table (known: " + String.join(", ", known.stream().sorted().toList())
                            + "); a new table needs its columns described in CuratedTables.java");
                }
            }
        } catch (IOException e) {
            throw new InputError(dataDir, 0, "cannot list the folder: " + e.getMessage());
        }
    }

    private static Map<String, Set<String>> collectIds(Map<TableSpec, CsvTable> read) {
        Map<String, Set<String>> ids = new HashMap<>();
        Map<String, Row> firstSeen = new HashMap<>();
        read.forEach((spec, table) -> {
            for (Row row : table.rows()) {
                String key = row.get("id");
                if (key.isEmpty()) throw row.error("id", "empty: every row needs an id");
                if (!Ids.isValidKey(key)) throw row.error("id", "'" + key + "' is not a valid id (letters, digits, '.', '_', '-'; no spaces)");
                String kind = spec.kindOf(row);
                Row earlier = firstSeen.putIfAbsent(kind + "/" + key, row);
                if (earlier != null) {
                    throw row.error("id", "duplicate " + kind + " id '" + key + "' (first at " + earlier.file() + ":" + earlier.line() + ")");
                }
                ids.computeIfAbsent(kind, k -> new HashSet<>()).add(key);
            }
        });
        return ids;
    }

    private static LoadedGraph convert(TableSpec spec, CsvTable table, Map<String, Set<String>> ids, Model citedSources) {
        Model model = ModelFactory.createDefaultModel();
        LoadContext context = new LoadContext(model, citedSources, ids);
        for (Row row : table.rows()) {
            String kind = spec.kindOf(row);
            Resource subject = context.resource(kind, row.get("id"));
            Resource type = spec.typeOf(kind);
            if (type != null) subject.addProperty(RDF.type, type);
            if (spec.keyProperty() != null) subject.addProperty(spec.keyProperty(), row.get("id"));
            spec.constants().forEach(subject::addProperty);
            for (Column column : spec.columns()) {
                String value = row.get(column.name());
                if (value.isEmpty()) {
                    if (column.required()) throw row.error(column.name(), "empty, but required");
                    continue;
                }
                column.apply(row, value, subject, context);
            }
            for (Resource minted : context.takeMinted()) copyProvenance(subject, minted);
        }
        return new LoadedGraph(Ids.graph(spec.graphName()), model.getGraph(), table.file(),
                Checksums.sha256(table.file()), table.rows().size(), LICENCE, LOADER);
    }

    private static void copyProvenance(Resource from, Resource to) {
        for (var property : List.of(VETA.source, VETA.certainty, VETA.certaintyNote)) {
            for (Statement s : from.listProperties(property).toList()) to.addProperty(property, s.getObject());
        }
    }
}
