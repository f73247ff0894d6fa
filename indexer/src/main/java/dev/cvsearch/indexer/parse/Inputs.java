package dev.cvsearch.indexer.parse;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** Opens input files, transparently gunzipping {@code .gz} ones. */
public final class Inputs {
  private Inputs() {}

  /** The file name without a trailing ".gz", lower-cased: what format detection looks at. */
  public static String logicalName(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
  }

  public static InputStream open(Path path) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
      try {
        return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
      } catch (IOException e) {
        in.close();
        throw e;
      }
    }
    return in;
  }

  /**
   * A reader that fails on malformed UTF-8 instead of silently inserting U+FFFD, so a broken file is
   * reported rather than indexed as garbage. A truncated .gz surfaces as an {@code EOFException}.
   */
  public static BufferedReader strictUtf8Reader(Path path) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new BufferedReader(new InputStreamReader(open(path), decoder), 1 << 16);
  }
}
