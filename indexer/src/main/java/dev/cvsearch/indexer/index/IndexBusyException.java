package dev.cvsearch.indexer.index;

import java.io.IOException;

/** Thrown when a reindex is refused because another one holds the index directory. */
public final class IndexBusyException extends IOException {
  public IndexBusyException(String message) {
    super(message);
  }
}
