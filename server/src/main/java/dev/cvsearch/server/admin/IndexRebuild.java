package dev.cvsearch.server.admin;

import java.io.IOException;

/** Rebuilds the live index from the data folder and switches to it; one call per reindex. */
@FunctionalInterface
public interface IndexRebuild {
  /**
   * Runs a full rebuild.
   *
   * @return a one-line summary for the status ("63 works, 4 people from 5 files")
   */
  String run() throws IOException;
}
