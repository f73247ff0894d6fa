package dev.cvsearch.indexer.search;

import dev.cvsearch.indexer.SharedData;
import dev.cvsearch.indexer.index.Reindexer;
import dev.cvsearch.indexer.parse.Extraction;
import dev.cvsearch.indexer.parse.Extractor;
import dev.cvsearch.indexer.parse.ParseContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The seeds, extracted for expectations and indexed once per test JVM by the real reindex path
 * ({@link Reindexer}: extraction, document mapping, builder, generation switch).
 */
final class SeedsIndex {
  private static Extraction extraction;
  private static Path root;

  private SeedsIndex() {}

  static Path seeds() {
    return SharedData.root().resolve("seeds");
  }

  static synchronized Extraction extraction() {
    if (extraction == null) {
      extraction = new Extractor(ParseContext.standard(), f -> {}).extract(List.of(seeds()));
    }
    return extraction;
  }

  /** An index root whose live generation holds the seeds. */
  static synchronized Path root() {
    if (root == null) {
      try {
        root = Files.createTempDirectory("cvsearch-seeds-index");
        reindex(root);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return root;
  }

  /** Reindexes the seeds into a new generation under a root and switches to it. */
  static String reindex(Path root) throws IOException {
    return new Reindexer(line -> {}).run(new Reindexer.Options(seeds(), root, false)).generation();
  }
}
