package dev.cvsearch.indexer.index;

import dev.cvsearch.indexer.parse.Extractor;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A fingerprint of the extraction code (the jar, or the class and resource files of a build
 * directory), so caches made by another version of the readers are not reused.
 */
final class CodeFingerprint {
  private CodeFingerprint() {}

  static String current() {
    try {
      Path code = Path.of(Extractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      if (Files.isDirectory(code)) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(code)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
          String rel = code.relativize(f).toString();
          if (rel.contains("/index/") || rel.contains("/search/") || rel.contains("/cli/")) {
            continue; // indexing, search and CLI code do not change what a file reads as
          }
          md.update((rel + ":" + Files.size(f) + ":" + Files.getLastModifiedTime(f).toMillis()
              + "\n").getBytes(StandardCharsets.UTF_8));
        }
      } else {
        md.update((code.getFileName() + ":" + Files.size(code) + ":"
            + Files.getLastModifiedTime(code).toMillis()).getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(md.digest(), 0, 12);
    } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
      // Unknown code origin: a fingerprint that never matches, so nothing stale is reused.
      return "unknown-" + System.nanoTime();
    }
  }
}
