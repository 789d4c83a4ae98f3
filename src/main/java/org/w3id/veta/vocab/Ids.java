package org.w3id.veta.vocab;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * How Veta names things. Resources: {@code https://w3id.org/veta/id/{kind}/{key}};
 * named graphs: {@code https://w3id.org/veta/graph/{name}}.
 */
public final class Ids {
    public static final String BASE = "https://w3id.org/veta/";
    public static final String RESOURCE_BASE = BASE + "id/";
    public static final String GRAPH_BASE = BASE + "graph/";
    /** The graph holding the description of every other graph (source file, licence, loader, date). */
    public static final String META_GRAPH = GRAPH_BASE + "meta";
    public static final String ONTOLOGY_GRAPH = GRAPH_BASE + "ontology";
    public static final String SHAPES_GRAPH = GRAPH_BASE + "shapes";

    /** Keys are what curators type in the tables: letters, digits, '.', '_' and '-'. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private Ids() {}

    public static boolean isValidKey(String key) {
        return KEY.matcher(key).matches();
    }

    public static String resource(String kind, String key) {
        if (!isValidKey(key)) throw new IllegalArgumentException("not a valid key: '" + key + "'");
        return RESOURCE_BASE + kind + "/" + key;
    }

    /**
     * The source resource of a document known by its URL: {@code id/source/url-<first 16 hex digits of SHA-256>},
     * so the same URL cited anywhere (curated tables, open-data loaders) is one source.
     */
    public static String urlSource(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return resource("source", "url-" + HexFormat.of().formatHex(digest, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String graph(String name) {
        return GRAPH_BASE + name;
    }
}
