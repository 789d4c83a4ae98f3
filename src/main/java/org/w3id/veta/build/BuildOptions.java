package org.w3id.veta.build;

import java.nio.file.Path;

/**
 * Where a build reads and writes. {@code openData} may be null or absent on disk: the open-data graphs are
 * then simply not built. {@code home} is the folder file paths in the graph metadata are written relative to.
 */
public record BuildOptions(Path home, Path ontology, Path data, Path openData, Path store) {}
