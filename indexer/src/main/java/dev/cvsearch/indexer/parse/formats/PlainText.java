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
    // Most fields are already clean: scan for the first character that needs a change and hand
    // back the same string when there is none. arXiv abstracts alone are 100M characters a read.
    int n = text.length();
    int i = 0;
    boolean space = true; // the previous character was a kept space, or this is the start
    while (i < n) {
      char c = text.charAt(i);
      if (c > ' ' && (c < 0x7f || !isSpace(c))) {
        space = false;
      } else if (c == ' ' && !space) {
        space = true;
      } else {
        break;
      }
      i++;
    }
    if (i == n) {
      return !space ? text : n == 0 ? null : text.substring(0, n - 1);
    }
    StringBuilder out = new StringBuilder(n);
    out.append(text, 0, space && i > 0 ? i - 1 : i);
    boolean pending = space && i > 0;
    while (i < n) {
      if (isSpace(text.charAt(i))) {
        pending = !out.isEmpty();
        i++;
        continue;
      }
      int end = i + 1;
      while (end < n && !isSpace(text.charAt(end))) {
        end++;
      }
      if (pending) {
        out.append(' ');
        pending = false;
      }
      out.append(text, i, end);
      i = end;
    }
    return out.isEmpty() ? null : out.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' '
        || (c < ' ' || c >= 0x7f) && (Character.isWhitespace(c) || Character.isSpaceChar(c));
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
