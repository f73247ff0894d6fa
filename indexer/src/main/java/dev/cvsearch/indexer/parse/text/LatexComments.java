package dev.cvsearch.indexer.parse.text;

/** Removes LaTeX comments: an unescaped % to the end of its line. */
final class LatexComments {
  private LatexComments() {}

  /**
   * Drops comments; a line that held only a comment goes entirely, so commented-out blocks do not
   * leave blank lines that would split paragraphs.
   */
  static String strip(String tex) {
    StringBuilder out = new StringBuilder(tex.length());
    int lineStart = 0;
    while (lineStart < tex.length()) {
      int nl = tex.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? tex.length() : nl;
      int pct = commentStart(tex, lineStart, lineEnd);
      if (pct < 0) {
        out.append(tex, lineStart, lineEnd);
        if (nl >= 0) {
          out.append('\n');
        }
      } else if (!tex.substring(lineStart, pct).isBlank()) {
        out.append(tex, lineStart, pct);
        if (nl >= 0) {
          out.append('\n');
        }
      }
      lineStart = lineEnd + 1;
    }
    return out.toString();
  }

  /**
   * Position of the first % not escaped by an odd run of backslashes, or -1. A % inside the
   * argument of the url and href macros is part of the URL ("%20"): hyperref reads it verbatim.
   */
  private static int commentStart(String tex, int from, int to) {
    int backslashes = 0;
    for (int k = from; k < to; k++) {
      char c = tex.charAt(k);
      if (c == '\\' && backslashes % 2 == 0 && isUrlMacro(tex, k)) {
        int close = k;
        while (close < to && tex.charAt(close) != '}') {
          close++;
        }
        if (close < to) {
          k = close;
          backslashes = 0;
          continue;
        }
      }
      if (c == '%' && backslashes % 2 == 0) {
        return k;
      }
      backslashes = c == '\\' ? backslashes + 1 : 0;
    }
    return -1;
  }

  private static boolean isUrlMacro(String tex, int k) {
    return tex.startsWith("\\url{", k) || tex.startsWith("\\href{", k);
  }
}
