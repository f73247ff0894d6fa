package dev.cvsearch.indexer;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Where tests find the shared data set beside the checkout ({@code ../shared}). */
public final class SharedData {
  private SharedData() {}

  public static Path root() {
    Path p = Path.of(System.getProperty("cvsearch.shared", "../shared")).toAbsolutePath().normalize();
    Assumptions.assumeTrue(Files.isDirectory(p), "shared data not found at " + p);
    return p;
  }

  public static Path resolve(String relative) {
    return root().resolve(relative);
  }
}
