package dev.cvsearch.indexer.search;

import dev.cvsearch.indexer.index.GenerationInfo;
import dev.cvsearch.indexer.index.IndexLayout;
import dev.cvsearch.indexer.search.LiveIndex.Generation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Finds the live generation of an index directory through {@link IndexLayout} (the generation
 * the {@code CURRENT} pointer names), or the directory itself when it is a plain Lucene index.
 */
final class Generations {
  private Generations() {}

  static Supplier<Optional<Generation>> locator(Path indexDir) {
    IndexLayout layout = IndexLayout.open(indexDir);
    return () -> {
      try {
        Optional<IndexLayout.Generation> gen = layout.currentGeneration();
        if (gen.isPresent()) {
          return exists(gen.get().dir())
              ? Optional.of(new Generation(gen.get().name(), gen.get().dir()))
              : Optional.empty();
        }
        // No pointer: a plain Lucene index in the directory itself (tests, tools).
        return exists(indexDir)
            ? Optional.of(new Generation(indexDir.getFileName().toString(), indexDir))
            : Optional.empty();
      } catch (IOException e) {
        throw new UncheckedIOException("reading the index pointer in " + indexDir, e);
      }
    };
  }

  private static boolean exists(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Directory d = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(d);
    }
  }

  /** The info file of a generation, if it wrote one. */
  static Optional<GenerationInfo> info(Path generationDir) throws IOException {
    if (generationDir == null || !Files.exists(generationDir.resolve(GenerationInfo.FILE_NAME))) {
      return Optional.empty();
    }
    return Optional.of(GenerationInfo.read(generationDir));
  }

  /** When the reader's commit was made, from its user data, or null. */
  static String builtAt(IndexReader reader) throws IOException {
    if (reader instanceof DirectoryReader dr) {
      Map<String, String> data = dr.getIndexCommit().getUserData();
      return data.get("builtAt");
    }
    return null;
  }
}
