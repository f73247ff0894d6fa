package dev.cvsearch.indexer.parse.formats;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text normalisations the readers share: whitespace, years, first sentences. */
final class PlainText {
  private static final Pattern YEAR =
      Pattern.compile("(?<![0-9])(1[89][0-9]{2}|20[0-9]{2})(?![0-9])");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+\\p{Lu}|\\s*$)");

  private PlainText() {}

  /** Runs of whitespace (newlines, tabs, NBSP) become one space; ends are trimmed; blank → null. */
  static String collapse(String text) {
    if (text == null) {
      return null;
    }
    int n = text.length();
    char[] out = new char[n];
    int len = 0;
    boolean space = false;
    boolean changed = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        changed |= c != ' ' || space || len == 0;
        space = len > 0;
      } else {
        if (space) {
          out[len++] = ' ';
          space = false;
        }
        out[len++] = c;
      }
    }
    if (len == 0) {
      return null;
    }
    // Most fields are already clean: hand back the same string rather than a copy.
    return !changed && len == n ? text : new String(out, 0, len);
  }

  /** The first plausible four-digit year (1800–2099) in the text, or null. */
  static Integer firstYear(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = YEAR.matcher(text);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  /** The last plausible year in the text, or null: citations print the year after the pages. */
  static Integer lastYear(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = YEAR.matcher(text);
    Integer last = null;
    while (m.find()) {
      last = Integer.valueOf(m.group(1));
    }
    return last;
  }

  /**
   * The first sentence of the text, cut at a word boundary near {@code maxChars} with an ellipsis
   * when it is longer, so a title made from a body stays a title.
   */
  static String firstSentence(String text, int maxChars) {
    String t = collapse(text);
    if (t == null) {
      return null;
    }
    Matcher m = SENTENCE_END.matcher(t);
    String sentence = m.find() ? t.substring(0, m.start() + 1) : t;
    if (sentence.length() <= maxChars) {
      return sentence;
    }
    int cut = sentence.lastIndexOf(' ', maxChars);
    if (cut < maxChars / 2) {
      cut = maxChars;
    }
    return sentence.substring(0, cut).stripTrailing() + "…";
  }
}
