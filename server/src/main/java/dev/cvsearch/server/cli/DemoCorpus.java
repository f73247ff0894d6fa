package dev.cvsearch.server.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Copies the bundled fictional corpus (classpath folder {@code demo-corpus/}) to a folder. */
public final class DemoCorpus {
  /** The classpath folder of the corpus. */
  public static final String FOLDER = "demo-corpus";

  private DemoCorpus() {}

  /**
   * Copies every corpus file except the README into {@code target}, whether the classes run from a
   * folder (IDE, tests) or from the shaded jar.
   *
   * @return the files written
   */
  public static List<Path> copyTo(Path target) throws IOException {
    URL url = DemoCorpus.class.getClassLoader().getResource(FOLDER);
    if (url == null) {
      throw new IOException("the demo corpus is missing from this build (" + FOLDER + "/)");
    }
    URI uri;
    try {
      uri = url.toURI();
    } catch (URISyntaxException e) {
      throw new IOException("bad demo corpus location " + url, e);
    }
    Files.createDirectories(target);
    if ("jar".equals(uri.getScheme())) {
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        return copy(jar.getPath("/" + FOLDER), target);
      }
    }
    return copy(Path.of(uri), target);
  }

  private static List<Path> copy(Path source, Path target) throws IOException {
    try (Stream<Path> files = Files.walk(source)) {
      List<Path> regular = files.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
          .sorted()
          .toList();
      for (Path p : regular) {
        // Relativize as strings: the source may live in a jar file system.
        Path out = target.resolve(source.relativize(p).toString());
        Files.createDirectories(out.getParent());
        try (InputStream in = Files.newInputStream(p)) {
          Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return regular.stream().map(p -> target.resolve(source.relativize(p).toString())).toList();
    }
  }
}
