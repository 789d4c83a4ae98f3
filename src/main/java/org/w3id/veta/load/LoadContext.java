package org.w3id.veta.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.w3id.veta.io.Row;
import org.w3id.veta.vocab.Ids;
import org.w3id.veta.vocab.VETA;

/** What a column needs while a table is converted: the model of the table's graph and every known id. */
public final class LoadContext {
    private final Model model;
    private final Model citedSources;
    private final Map<String, Set<String>> idsByKind;
    private final List<Resource> minted = new ArrayList<>();

    /** {@code citedSources} collects the sources cited by URL, which all live in the graph of sources.csv. */
    LoadContext(Model model, Model citedSources, Map<String, Set<String>> idsByKind) {
        this.model = model;
        this.citedSources = citedSources;
        this.idsByKind = idsByKind;
    }

    public Model model() { return model; }

    public Resource resource(String kind, String key) {
        return model.createResource(Ids.resource(kind, key));
    }

    /**
     * A resource created from the current row besides its subject (e.g. a case's arrangements); when the row is
     * done, the loader gives it the row's sources and certainty, so that every statement stays traceable.
     */
    public Resource mint(String kind, String key) {
        Resource node = resource(kind, key);
        minted.add(node);
        return node;
    }

    /** The resources minted since the last call, and forget them. */
    List<Resource> takeMinted() {
        List<Resource> nodes = List.copyOf(minted);
        minted.clear();
        return nodes;
    }

    /**
     * The resource a reference cell points to. The key must be the id of a row of one of the given kinds;
     * otherwise the error names the column, the key and what would have been accepted.
     */
    public Resource reference(Row row, String column, String key, List<String> kinds) {
        String found = null;
        for (String kind : kinds) {
            if (idsByKind.getOrDefault(kind, Set.of()).contains(key)) {
                if (found != null) throw row.error(column, "'" + key + "' is both a " + found + " and a " + kind + " id");
                found = kind;
            }
        }
        if (found == null) {
            throw row.error(column, "no " + String.join(" or ", kinds) + " with id '" + key + "'");
        }
        return resource(found, key);
    }

    /**
     * A source cell entry: a URL (a source resource is minted from it) or the id of a row of sources.csv.
     */
    public Resource source(Row row, String column, String entry) {
        if (entry.startsWith("http://") || entry.startsWith("https://")) {
            if (entry.contains(" ")) throw row.error(column, "URL contains a space: '" + entry + "' (separate sources with ';')");
            String iri = Ids.urlSource(entry);
            citedSources.createResource(iri)
                    .addProperty(RDF.type, VETA.Source)
                    .addProperty(VETA.url, citedSources.createResource(entry));
            return model.createResource(iri);
        }
        return reference(row, column, entry, List.of("source"));
    }

}
