package dev.cvsearch.server;

import dev.cvsearch.indexer.search.Searcher;
import dev.cvsearch.server.cli.Indexes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real index of ../shared/seeds that the HTTP tests run against, built once per test JVM. */
final class SeedIndex {
  private static Path index;

  private SeedIndex() {}

  /** The seed files (read in place, never copied into the repository). */
  static Path seeds() {
    return Path.of(System.getProperty("cvsearch.shared", "../../shared")).resolve("seeds");
  }

  /** Builds a fresh index of the seeds into a folder. */
  static void build(Path into) throws IOException {
    Indexes.rebuild(seeds(), into, false, null);
  }

  /** A fresh searcher over the shared seed index; the server that gets it closes it. */
  static synchronized Searcher searcher() throws IOException {
    if (index == null) {
      Path dir = Files.createTempDirectory("cvsearch-server-test-");
      build(dir);
      index = dir;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir), "delete-seed-index"));
    }
    return Indexes.open(index);
  }

  static void delete(Path dir) {
    try (var all = Files.walk(dir)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
