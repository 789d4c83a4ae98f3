package org.w3id.veta.load;

import java.nio.file.Path;
import java.util.List;

/**
 * Loads one third-party open dataset from the open-data folder (never copied into the repository).
 * A loader whose files are absent is skipped, so builds work with or without the folder.
 */
public interface OpenDataLoader {
    /** A short name for progress messages, e.g. "UBIGEO". */
    String name();

    /** Whether the loader's files are in the folder. */
    boolean available(Path openDataDir);

    /** The graphs, one per file, each with its licence as stated by the publisher. */
    List<LoadedGraph> load(Path openDataDir);
}
