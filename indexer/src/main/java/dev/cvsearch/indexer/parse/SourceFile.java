package dev.cvsearch.indexer.parse;

import java.nio.file.Path;

/**
 * A file handed to a reader.
 *
 * @param path where to read it
 * @param name how records and reports name it (relative to the data root, or the file name)
 */
public record SourceFile(Path path, String name) {}
