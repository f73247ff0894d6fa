package dev.cvsearch.indexer.index;

import dev.cvsearch.indexer.Json;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * The incremental-reindex manifest ({@code cache/manifest.json}): for every input file of the last
 * successful reindex, its content hash, size, modification time and cache file. Valid only for the
 * extraction code it was made with ({@code codeVersion}), since a changed reader reads differently.
 *
 * @param codeVersion fingerprint of the extraction code
 * @param files input name → entry
 */
record Manifest(String codeVersion, Map<String, Manifest.FileEntry> files) {
  static final String FILE_NAME = "manifest.json";

  Manifest {
    files = new TreeMap<>(files == null ? Map.of() : files);
  }

  /**
   * @param sha256 hex SHA-256 of the content
   * @param size bytes
   * @param modified last-modified millis
   * @param cache cache file name inside the cache directory
   */
  record FileEntry(String sha256, long size, long modified, String cache) {}

  /** The manifest in a cache directory, or an empty one when missing or unreadable. */
  static Manifest read(Path cacheDir) {
    Path file = cacheDir.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      return new Manifest("", Map.of());
    }
    try {
      return Json.MAPPER.readValue(file.toFile(), Manifest.class);
    } catch (IOException e) {
      // A damaged manifest only costs a full re-read.
      return new Manifest("", Map.of());
    }
  }

  /** Writes the manifest atomically. */
  void write(Path cacheDir) throws IOException {
    Files.createDirectories(cacheDir);
    Path tmp = cacheDir.resolve(FILE_NAME + ".tmp");
    Json.MAPPER.writeValue(tmp.toFile(), this);
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
    Files.move(tmp, cacheDir.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE);
  }
}
