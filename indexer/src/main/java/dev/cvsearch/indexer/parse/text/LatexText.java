package dev.cvsearch.indexer.parse.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a LaTeX CV into plain text for the CV reader: headings and entry arguments on lines of
 * their own, list items as "- ", accents as Unicode, formatting and layout dropped.
 *
 * <p>Never throws and runs in time linear in the input, whatever it is (unbalanced braces, half a
 * file). Macros it does not know lose their name and keep the text of their arguments. \input files
 * are not followed: the caller sees one file at a time.
 */
public final class LatexText {
  private LatexText() {}

  /** The text of a LaTeX document or fragment. */
  public static String toPlain(String tex) {
    if (tex == null || tex.isEmpty()) {
      return "";
    }
    String src = LatexComments.strip(TextFiles.normaliseNewlines(tex));
    String preamble = "";
    String body = src;
    int begin = src.indexOf("\\begin{document}");
    if (begin >= 0) {
      preamble = src.substring(0, begin);
      body = src.substring(begin + "\\begin{document}".length());
      int end = body.indexOf("\\end{document}");
      if (end >= 0) {
        body = body.substring(0, end);
      }
    }
    List<String> owner = LatexPreamble.personalLines(preamble);
    String text = LatexConverter.convert(body, 0);
    String joined = owner.isEmpty() ? text : String.join("\n", owner) + "\n\n" + text;
    return tidy(joined);
  }

  /** Trims lines, collapses spaces and blank lines, drops empty table cells, composes accents. */
  static String tidy(String raw) {
    String composed = Normalizer.normalize(raw, Normalizer.Form.NFC);
    List<String> lines = new ArrayList<>();
    boolean blank = true;
    for (String line : composed.split("\n", -1)) {
      String t = tidyLine(line);
      if (t.isEmpty()) {
        if (!blank) {
          lines.add("");
        }
        blank = true;
      } else {
        lines.add(t);
        blank = false;
      }
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
  }

  private static String tidyLine(String line) {
    StringBuilder out = new StringBuilder(line.length());
    boolean space = false;
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (c == LatexConverter.MARK) {
        continue;
      }
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = true;
      } else {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    // Empty cells leave "| |" behind; cells at a row's ends leave a leading or trailing bar.
    int from = 0;
    int to = out.length();
    while (from < to && (out.charAt(from) == '|' || out.charAt(from) == ' ')) {
      from++;
    }
    while (to > from && (out.charAt(to - 1) == '|' || out.charAt(to - 1) == ' ')) {
      to--;
    }
    String t = out.substring(from, to);
    return t.replaceAll("\\|(\\s*\\|)+", "|");
  }
}
