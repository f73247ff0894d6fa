package dev.cvsearch.indexer.parse;

import java.util.Objects;

/**
 * Something extraction could not use: a whole file, or one line/entry inside a file.
 *
 * @param file the file, as named in the report
 * @param line 1-based line where the problem is, or null for the whole file
 * @param reason what was wrong, for a human
 */
public record Skipped(String file, Integer line, String reason) {
  public Skipped {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
  }
}
