package dev.cvsearch.indexer.parse.text;

import dev.cvsearch.indexer.parse.MalformedSourceException;
import dev.cvsearch.indexer.parse.SourceFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Reads a plain-text file (.txt, .md, .tex, .yaml, …) as UTF-8 text, refusing what is not text.
 *
 * <p>The result keeps the file's line structure (so line numbers in reports still point into the
 * file): a byte-order mark is dropped and CRLF / lone CR become LF, nothing else changes.
 */
public final class TextFiles {
  /** Larger than any CV written by hand; a bigger "text" file is a dump, not a CV. */
  public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

  /** How much of the head {@link #looksBinary} inspects. */
  public static final int HEAD_BYTES = 8192;

  private TextFiles() {}

  /** Reads {@code file} with the {@link #DEFAULT_MAX_BYTES} limit. */
  public static String read(SourceFile file) throws MalformedSourceException, IOException {
    return read(file, DEFAULT_MAX_BYTES);
  }

  /**
   * Reads {@code file} as text.
   *
   * @throws MalformedSourceException when the file is over {@code maxBytes}, empty or blank,
   *     binary, or not valid UTF-8 (then with the 1-based line of the first bad byte)
   * @throws IOException when the file cannot be read at all
   */
  public static String read(SourceFile file, long maxBytes)
      throws MalformedSourceException, IOException {
    // Checked before reading so that a huge file costs one stat, not a full read.
    long size = Files.size(file.path());
    if (size > maxBytes) {
      throw new MalformedSourceException(
          file.name(),
          null,
          "file is "
              + Sizes.human(size)
              + ", over the "
              + Sizes.human(maxBytes)
              + " limit for text");
    }
    if (size == 0) {
      throw new MalformedSourceException(file.name(), null, "empty file");
    }
    byte[] bytes = Files.readAllBytes(file.path());
    String text = decode(file, bytes);
    if (text.isBlank()) {
      throw new MalformedSourceException(file.name(), null, "empty file");
    }
    return normaliseNewlines(text);
  }

  /**
   * Whether the first {@link #HEAD_BYTES} of {@code head} look like binary data: any NUL byte, or
   * more than 10% control bytes other than tab, newline, carriage return, form feed and escape.
   */
  public static boolean looksBinary(byte[] head) {
    int n = Math.min(head.length, HEAD_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = head[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B)
          || b == 0x7F) {
        control++;
      }
    }
    return n > 0 && control * 10 > n;
  }

  private static String decode(SourceFile file, byte[] bytes) throws MalformedSourceException {
    // A UTF-16 file (Windows "Unicode" text) is full of NULs but is still text: honour its BOM.
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      Charset utf16 =
          bytes[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
      return strict(file, bytes, 2, utf16);
    }
    if (looksBinary(bytes)) {
      throw new MalformedSourceException(file.name(), null, "binary content, not text");
    }
    int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    return strict(file, bytes, start, StandardCharsets.UTF_8);
  }

  private static String strict(SourceFile file, byte[] bytes, int start, Charset charset)
      throws MalformedSourceException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out =
        CharBuffer.allocate(
            (int) ((bytes.length - start) * (double) decoder.maxCharsPerByte()) + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      // Everything before the bad byte decoded fine, so its newlines give the line number.
      out.flip();
      int line = 1 + countLineBreaks(out);
      String encoding = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
      throw new MalformedSourceException(
          file.name(), line, "invalid " + encoding + " at line " + line);
    }
    out.flip();
    return out.toString();
  }

  /** Counts LF, CRLF and lone CR as one break each, as an editor numbers lines. */
  private static int countLineBreaks(CharSequence s) {
    int breaks = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
        breaks++;
      }
    }
    return breaks;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  static String normaliseNewlines(String text) {
    if (text.indexOf('\r') < 0) {
      return text;
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
