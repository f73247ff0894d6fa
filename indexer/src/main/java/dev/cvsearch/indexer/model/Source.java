package dev.cvsearch.indexer.model;

import java.util.Objects;

/**
 * Where a record was read: the file (as given or relative to the data root), the id the file itself
 * printed ("C012", a BibTeX key, an arXiv id; null when none), the 1-based position of the item in
 * the file's reading order, and the section header it sat under (CVs; null elsewhere).
 */
public record Source(String file, String localId, int position, String section) {
  public Source {
    Objects.requireNonNull(file, "file");
  }
}
