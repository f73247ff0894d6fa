package dev.cvsearch.indexer.parse.formats;

import dev.cvsearch.indexer.SharedData;
import dev.cvsearch.indexer.parse.SourceFile;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Finds the hand-written fixtures under {@code src/test/resources/fixtures}. */
final class Fixtures {
  private Fixtures() {}

  static SourceFile file(String relative) {
    URL url = Fixtures.class.getResource("/fixtures/" + relative);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + relative);
    }
    try {
      Path path = Path.of(url.toURI());
      return new SourceFile(path, path.getFileName().toString());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path shared() {
    return SharedData.root();
  }
}
