package dev.cvsearch.indexer.parse.profile;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a profile page, stripped, with its 1-based number in the file.
 *
 * @param number 1-based line number, as an editor counts it
 * @param text the line without surrounding whitespace (no-break spaces count as whitespace)
 */
record ProfileLine(int number, String text) {

  boolean isBlank() {
    return text.isEmpty();
  }

  /** Splits text on LF, CRLF or lone CR, dropping a byte-order mark. */
  static List<ProfileLine> split(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] raw = body.split("\r\n|\r|\n", -1);
    List<ProfileLine> lines = new ArrayList<>(raw.length);
    for (int i = 0; i < raw.length; i++) {
      // Saved web pages put U+00A0 between words; String.strip() would keep it.
      lines.add(new ProfileLine(i + 1, raw[i].replace('\u00A0', ' ').strip()));
    }
    return lines;
  }
}
