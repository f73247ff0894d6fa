package dev.cvsearch.indexer.parse.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads UTF-8 lines from bytes, one line at a time, with a cap on their length. Decoding per line
 * means a line with invalid UTF-8 is flagged and skipped by the caller while the lines after it are
 * still read (a decoding Reader would fail the whole buffer around it), and the cap keeps one
 * runaway line from exhausting the heap.
 */
final class LineReader implements AutoCloseable {
  /** Longer lines are cut here; ten million bytes is far beyond any real record. */
  static final int DEFAULT_MAX_BYTES = 10_000_000;

  private final InputStream in;
  private final int maxBytes;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int len;
  private byte[] line = new byte[1024];
  private int lineNo;
  private boolean truncated;
  private boolean malformed;
  private boolean eof;

  LineReader(InputStream in) {
    this(in, DEFAULT_MAX_BYTES);
  }

  LineReader(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /**
   * The next line without its terminator ("\n" or "\r\n"), or null at the end of input. A line with
   * invalid UTF-8 comes back decoded leniently, with {@link #malformed()} set.
   */
  String next() throws IOException {
    if (eof) {
      return null;
    }
    int n = 0;
    boolean any = false;
    truncated = false;
    while (true) {
      if (pos == len) {
        len = in.read(buf, 0, buf.length);
        pos = 0;
        if (len <= 0) {
          len = 0;
          eof = true;
          return any ? finish(n) : null;
        }
      }
      any = true;
      int start = pos;
      while (pos < len && buf[pos] != '\n') {
        pos++;
      }
      int take = Math.min(pos - start, maxBytes - n);
      if (take < pos - start) {
        truncated = true;
      }
      if (n + take > line.length) {
        line = Arrays.copyOf(line, Math.max(n + take, line.length * 2));
      }
      System.arraycopy(buf, start, line, n, take);
      n += take;
      if (pos < len) {
        pos++; // the '\n'
        return finish(n);
      }
    }
  }

  private String finish(int n) {
    lineNo++;
    if (n > 0 && line[n - 1] == '\r') {
      n--;
    }
    malformed = false;
    boolean ascii = true;
    for (int i = 0; i < n && ascii; i++) {
      ascii = line[i] >= 0;
    }
    if (ascii) {
      return new String(line, 0, n, StandardCharsets.ISO_8859_1);
    }
    try {
      return decoder.decode(ByteBuffer.wrap(line, 0, n)).toString();
    } catch (CharacterCodingException e) {
      malformed = true; // the caller reports the line; the text is only for its message
      return new String(line, 0, n, StandardCharsets.UTF_8);
    }
  }

  /** 1-based number of the line last returned by {@link #next()}. */
  int lineNo() {
    return lineNo;
  }

  /** Whether the line last returned was longer than the cap and has been cut. */
  boolean truncated() {
    return truncated;
  }

  /** Whether the line last returned was not valid UTF-8. */
  boolean malformed() {
    return malformed;
  }

  int maxBytes() {
    return maxBytes;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
