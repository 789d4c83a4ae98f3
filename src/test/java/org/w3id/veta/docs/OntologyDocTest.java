package org.w3id.veta.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.w3id.veta.io.RdfFiles;
import org.w3id.veta.vocab.VETA;

/**
 * docs/ontology.md is generated from ontology/veta.ttl: every class and property with its labels and definitions
 * in English and Spanish, its superclasses and alignments. This test fails when the two drift apart; regenerate
 * with {@code mvn test -Dtest=OntologyDocTest -Dveta.updateExpected=true}.
 */
class OntologyDocTest {
    private static final Path DOC = Path.of("docs/ontology.md");

    @Test
    void theOntologyDocumentationIsUpToDate() throws Exception {
        String generated = generate(ModelFactory.createModelForGraph(RdfFiles.read(Path.of("ontology/veta.ttl"))));
        if (Boolean.getBoolean("veta.updateExpected")) Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        assertEquals(generated, Files.readString(DOC, StandardCharsets.UTF_8), "docs/ontology.md is out of date: regenerate it");
    }

    @Test
    void everyTermHasLabelsAndDefinitionsInEnglishAndSpanish() {
        String generated = generate(ModelFactory.createModelForGraph(RdfFiles.read(Path.of("ontology/veta.ttl"))));
        List<String> missing = generated.lines().filter(l -> l.contains(": —") || l.startsWith("- **—**")).toList();
        assertEquals(List.of(), missing);
    }

    static String generate(Model model) {
        StringBuilder doc = new StringBuilder("""
                # The Veta ontology

                Namespace `https://w3id.org/veta/ontology#` (prefix `veta:`), file `ontology/veta.ttl`, SHACL shapes in
                `ontology/shapes.ttl`. Generated from the ontology by `OntologyDocTest`; do not edit by hand.

                Standard vocabularies are reused through `rdfs:subClassOf` / `rdfs:subPropertyOf`: W3C ORG (`org:`),
                PROV-O (`prov:`), GeoSPARQL (`geo:`), SKOS (`skos:`), DCTerms (`dct:`), FOAF (`foaf:`), schema.org
                (`schema:`). Dates are typed by their precision (`xsd:gYear`, `xsd:gYearMonth`, `xsd:date`).

                """);
        doc.append("## Classes\n\n");
        for (Resource c : sorted(model, OWL.Class)) {
            doc.append("### veta:").append(c.getLocalName()).append("\n\n");
            describe(model, c, doc);
            appendList(doc, "Subclass of", model.listObjectsOfProperty(c, RDFS.subClassOf).toList(), model);
        }
        doc.append("## Properties\n\n");
        List<Resource> properties = sorted(model, OWL.ObjectProperty);
        properties.addAll(sorted(model, OWL.DatatypeProperty));
        properties.sort(Comparator.comparing(Resource::getLocalName));
        for (Resource p : properties) {
            doc.append("### veta:").append(p.getLocalName()).append("\n\n");
            describe(model, p, doc);
            appendList(doc, "Kind", List.of(model.contains(p, RDF.type, OWL.ObjectProperty) ? OWL.ObjectProperty : OWL.DatatypeProperty), model);
            appendList(doc, "Subproperty of", model.listObjectsOfProperty(p, RDFS.subPropertyOf).toList(), model);
            appendList(doc, "Domain", model.listObjectsOfProperty(p, RDFS.domain).toList(), model);
            appendList(doc, "Range", model.listObjectsOfProperty(p, RDFS.range).toList(), model);
        }
        return doc.toString();
    }

    private static List<Resource> sorted(Model model, Resource type) {
        return model.listSubjectsWithProperty(RDF.type, type).filterKeep(r -> r.isURIResource() && r.getURI().startsWith(VETA.NS))
                .toList().stream().sorted(Comparator.comparing(Resource::getLocalName)).collect(Collectors.toList());
    }

    private static void describe(Model model, Resource term, StringBuilder doc) {
        for (String lang : List.of("en", "es")) {
            String label = text(model, term, RDFS.label, lang);
            String definition = text(model, term, SKOS.definition, lang);
            doc.append("- **").append(label).append("** (").append(lang).append("): ").append(definition).append('\n');
        }
    }

    private static String text(Model model, Resource term, Property property, String lang) {
        return model.listObjectsOfProperty(term, property).toList().stream()
                .filter(o -> o.isLiteral() && o.asLiteral().getLanguage().equals(lang))
                .map(o -> o.asLiteral().getString()).findFirst().orElse("—");
    }

    private static void appendList(StringBuilder doc, String heading, List<? extends RDFNode> values, Model model) {
        if (!values.isEmpty()) {
            doc.append("- ").append(heading).append(": ").append(values.stream()
                    .map(v -> "`" + model.shortForm(v.asResource().getURI()) + "`").sorted().collect(Collectors.joining(", "))).append('\n');
        }
        if (heading.equals("Subclass of") || heading.equals("Range")) doc.append('\n');
    }
}
