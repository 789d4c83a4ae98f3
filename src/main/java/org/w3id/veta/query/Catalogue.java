package org.w3id.veta.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.w3id.veta.io.InputError;
import org.w3id.veta.io.TextFiles;

/**
 * The query catalogue: every {@code *.rq} file of a folder. Each file starts with header comments:
 * <pre>
 * # title: Chain of REINFO deadline extensions
 * # question: How many times was the deadline extended, by which instruments, to which dates?
 * # param: case | id:case | sotrami | The case to describe
 * # example: case=la-rinconada
 * # tags: regulations, REINFO
 * </pre>
 * {@code title} and {@code question} are required; a file that lacks them or does not parse is an input error.
 */
public final class Catalogue {
    private final List<CatalogueQuery> queries;

    private Catalogue(List<CatalogueQuery> queries) { this.queries = queries; }

    public static Catalogue load(Path dir) {
        if (!Files.isDirectory(dir)) throw new InputError(dir, 0, "no query catalogue folder");
        List<CatalogueQuery> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) queries.add(read(file));
        } catch (IOException e) {
            throw new InputError(dir, 0, "cannot list the folder: " + e.getMessage());
        }
        return new Catalogue(List.copyOf(queries));
    }

    public List<CatalogueQuery> queries() { return queries; }

    public Optional<CatalogueQuery> find(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    public static CatalogueQuery read(Path file) {
        String text = TextFiles.readUtf8(file);
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        String title = null, question = null;
        List<Parameter> parameters = new ArrayList<>();
        List<Map<String, String>> examples = new ArrayList<>();
        List<String> tags = List.of();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length && lines[i].startsWith("#"); i++) {
            String line = lines[i].substring(1).strip();
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "title" -> title = value;
                case "question" -> question = value;
                case "tags" -> tags = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                case "param" -> parameters.add(parameter(file, i + 1, value));
                case "example" -> examples.add(example(file, i + 1, value));
                default -> { }
            }
        }
        if (title == null) throw new InputError(file, 1, "missing '# title: ...' header line");
        if (question == null) throw new InputError(file, 1, "missing '# question: ...' header line");
        try {
            QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new InputError(file, e.getLine(), "SPARQL syntax error: " + e.getMessage().lines().findFirst().orElse(""));
        }
        CatalogueQuery query = new CatalogueQuery(name, file, title, question, List.copyOf(parameters), List.copyOf(examples), tags, text);
        for (Map<String, String> example : examples) {
            try {
                query.bind(example);
            } catch (IllegalArgumentException e) {
                throw new InputError(file, 1, "example " + example + ": " + e.getMessage());
            }
        }
        return query;
    }

    /** {@code name=value, name=value}: parameter values a test runs the query with, besides its defaults. */
    private static Map<String, String> example(Path file, int line, String value) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : value.split(",")) {
            int equals = pair.indexOf('=');
            if (equals < 1) throw new InputError(file, line, "example must be 'name=value, name=value'");
            values.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
        }
        return values;
    }

    /** {@code name | type | default | description}; the default may be empty. */
    private static Parameter parameter(Path file, int line, String value) {
        String[] parts = value.split("\\|", -1);
        if (parts.length != 4) throw new InputError(file, line, "param must be 'name | type | default | description'");
        String name = parts[0].strip().replaceFirst("^\\?", "");
        String type = parts[1].strip();
        if (!Parameter.isKnownType(type)) throw new InputError(file, line, "unknown parameter type '" + type + "' (string, integer, date, iri, id:KIND)");
        Parameter parameter = new Parameter(name, type, parts[2].strip(), parts[3].strip());
        if (!parameter.defaultValue().isEmpty()) {
            try {
                parameter.toNode(parameter.defaultValue());
            } catch (IllegalArgumentException e) {
                throw new InputError(file, line, "default of '" + name + "': " + e.getMessage());
            }
        }
        return parameter;
    }
}
