package org.w3id.veta.load;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;

/**
 * A named graph ready for the store, with what the graph metadata says about it: the file it came from,
 * the file's checksum, how many rows it had (0 for RDF files), its licence and the loader that made it.
 */
public record LoadedGraph(String name, Graph graph, Path file, String sha256, long rows, String licence, String loader) {}
