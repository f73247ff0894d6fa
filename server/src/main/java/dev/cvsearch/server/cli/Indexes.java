package dev.cvsearch.server.cli;

import dev.cvsearch.indexer.index.IndexLayout;
import dev.cvsearch.indexer.index.ReindexResult;
import dev.cvsearch.indexer.index.Reindexer;
import dev.cvsearch.indexer.search.SearchService;
import dev.cvsearch.indexer.search.Searcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** The index operations the server commands need, over the indexer's Reindexer and SearchService. */
public final class Indexes {
  private Indexes() {}

  /** Whether the index folder has a live generation. */
  public static boolean exists(Path index) throws IOException {
    return IndexLayout.open(index).currentGeneration().isPresent();
  }

  /** A searcher that follows the live generation of the index folder. */
  public static Searcher open(Path index) throws IOException {
    return SearchService.open(index);
  }

  /**
   * Rebuilds the index from a data folder and switches it in.
   *
   * @param incremental re-read only changed files
   * @param progress where progress lines go, or null
   * @return a one-line summary
   * @throws IOException when nothing could be indexed or the index cannot be written; the previous
   *     generation keeps serving
   */
  public static String rebuild(Path data, Path index, boolean incremental, PrintWriter progress)
      throws IOException {
    Reindexer reindexer = new Reindexer(line -> {
      if (progress != null) {
        progress.println("cvsearch: " + line);
        progress.flush();
      }
    });
    ReindexResult r = reindexer.run(new Reindexer.Options(data, index, incremental));
    if (!r.built()) {
      throw new IOException("nothing readable under " + data + " (" + r.filesSkipped()
          + " files skipped); the previous index stays live");
    }
    return String.format(Locale.ROOT,
        "indexed %d works and %d people from %d files (%d skipped) into generation %s in %.1f s",
        r.works(), r.people(), r.filesSeen() - r.filesSkipped(), r.filesSkipped(),
        r.generation(), r.millis() / 1000.0);
  }
}
