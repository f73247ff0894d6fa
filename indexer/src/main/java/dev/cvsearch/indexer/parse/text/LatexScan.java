package dev.cvsearch.indexer.parse.text;

/**
 * Forward-only scans over LaTeX source used by {@link LatexConverter}: skipping groups, optional
 * arguments, definitions and dimensions. Every method returns a position at or after the one it was
 * given and never past the end, whatever the input (unbalanced braces included).
 */
final class LatexScan {
  private LatexScan() {}

  /** Skips spaces, tabs and at most one line break: a blank line ends a macro's arguments. */
  static int skipBlanks(String s, int i) {
    boolean newline = false;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t') {
        i++;
      } else if (c == '\n' && !newline) {
        newline = true;
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** Given {@code s[i] == '{'}, the position after its matching brace (or the end of input). */
  static int skipGroup(String s, int i) {
    int depth = 0;
    for (int j = i; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c == '\\') {
        j++; // an escaped brace does not count
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return j + 1;
      }
    }
    return s.length();
  }

  /**
   * Given {@code s[j] == '['}, the position after the matching ']' if it comes within {@code max}
   * characters (braces inside are skipped), else -1: then the bracket is just text.
   */
  static int optionalEnd(String s, int j, int max) {
    int limit = Math.min(s.length(), j + max);
    int depth = 0;
    for (int k = j + 1; k < limit; k++) {
      char c = s.charAt(k);
      if (c == '\\') {
        k++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (c == ']' && depth <= 0) {
        return k + 1;
      }
    }
    return -1;
  }

  /** After "\\": skips a star and an optional spacing like [2pt]. */
  static int skipLineBreakOptions(String s, int i, int max) {
    if (i < s.length() && s.charAt(i) == '*') {
      i++;
    }
    if (i < s.length() && s.charAt(i) == '[') {
      int end = optionalEnd(s, i, max);
      return end > 0 ? end : i;
    }
    return i;
  }

  /** After a symbol macro: "\LaTeX{}" is written with an empty group to keep a space after it. */
  static int skipEmptyGroup(String s, int i) {
    return s.startsWith("{}", i) ? i + 2 : i;
  }

  /** One argument: a braced group, a control sequence or a single character. */
  static int skipToken(String s, int i) {
    int j = skipBlanks(s, i);
    if (j >= s.length()) {
      return j;
    }
    char c = s.charAt(j);
    if (c == '{') {
      return skipGroup(s, j);
    }
    if (c == '\\') {
      int k = j + 1;
      if (k < s.length() && !Character.isLetter(s.charAt(k))) {
        return k + 1;
      }
      while (k < s.length() && (Character.isLetter(s.charAt(k)) || s.charAt(k) == '@')) {
        k++;
      }
      return k;
    }
    return j + 1;
  }

  /**
   * Skips {@code n} braced arguments and any optional [..] arguments before, between and right
   * after them; stops early at anything that is not an argument, so no text is eaten.
   */
  static int skipArguments(String s, int i, int n, int max) {
    for (int k = 0; k < n; k++) {
      i = skipOptionals(s, skipBlanks(s, i), max);
      int j = skipBlanks(s, i);
      if (j >= s.length() || (s.charAt(j) != '{' && s.charAt(j) != '\\')) {
        return i;
      }
      i = skipToken(s, j);
    }
    return skipOptionals(s, i, max);
  }

  private static int skipOptionals(String s, int i, int max) {
    while (i < s.length() && s.charAt(i) == '[') {
      int end = optionalEnd(s, i, max);
      if (end < 0) {
        break;
      }
      i = end;
    }
    return i;
  }

  /** Skips a macro definition (\newcommand, \def, \let, …) whole, body included. */
  static int skipDefinition(String s, int i, String name) {
    int max = 300;
    switch (name) {
      case "let" -> {
        i = skipToken(s, i);
        i = skipSpaces(s, i);
        if (i < s.length() && s.charAt(i) == '=') {
          i++;
        }
        return skipToken(s, i);
      }
      case "def", "gdef", "edef", "xdef" -> {
        i = skipToken(s, i);
        int brace = s.indexOf('{', i);
        // Parameter text (#1#2) sits between the name and the body; keep the search short.
        return brace >= 0 && brace - i < 100 ? skipGroup(s, brace) : i;
      }
      case "newif" -> {
        return skipToken(s, i);
      }
      case "newlength", "newcounter", "newsavebox", "setmainfont", "setsansfont", "setmonofont" -> {
        return skipArguments(s, i, 1, max);
      }
      case "DeclareMathOperator", "newtheorem", "newfontfamily" -> {
        return skipArguments(s, i, 2, max);
      }
      case "newenvironment",
          "renewenvironment",
          "NewDocumentCommand",
          "RenewDocumentCommand",
          "DeclareDocumentCommand" -> {
        return skipArguments(s, i, 3, max);
      }
      case "NewDocumentEnvironment" -> {
        return skipArguments(s, i, 4, max);
      }
      default -> {
        return skipArguments(s, i, 2, max); // \newcommand{\name}[n][default]{body}
      }
    }
  }

  /** After \hspace, \vskip, \kern: skips "{1cm}", "2pt", "-0.5em" or "\baselineskip". */
  static int skipDimension(String s, int i) {
    int j = skipSpaces(s, i);
    if (j < s.length() && s.charAt(j) == '{') {
      return skipGroup(s, j);
    }
    int k = j;
    while (k < s.length() && "+-.,0123456789".indexOf(s.charAt(k)) >= 0) {
      k++;
    }
    if (k < s.length() && s.charAt(k) == '\\') {
      return skipToken(s, k);
    }
    if (k == j) {
      return i;
    }
    k = skipSpaces(s, k);
    int unit = k;
    while (k < s.length() && k - unit < 4 && Character.isLetter(s.charAt(k))) {
      k++;
    }
    return k;
  }

  /**
   * The raw text of one argument, for URLs: {start, end, next} where [start, end) is the text and
   * next is where to go on.
   */
  static int[] rawArgument(String s, int i) {
    int j = skipBlanks(s, i);
    if (j < s.length() && s.charAt(j) == '{') {
      int next = skipGroup(s, j);
      int end = next <= s.length() && next > j + 1 && s.charAt(next - 1) == '}' ? next - 1 : next;
      return new int[] {j + 1, Math.max(j + 1, end), next};
    }
    int next = skipToken(s, j);
    return new int[] {Math.min(j, next), next, next};
  }

  /** \verb|text|: {start, end, next} of the text between the delimiters, on one line. */
  static int[] verbatim(String s, int i) {
    if (i < s.length() && s.charAt(i) == '*') {
      i++;
    }
    if (i >= s.length()) {
      return new int[] {i, i, i};
    }
    char delimiter = s.charAt(i);
    int end = i + 1;
    while (end < s.length() && s.charAt(end) != delimiter && s.charAt(end) != '\n') {
      end++;
    }
    if (end >= s.length() || s.charAt(end) != delimiter) {
      return new int[] {i, i, i};
    }
    return new int[] {i + 1, end, end + 1};
  }

  /**
   * The letter an accent applies to: {letter or -1, next}, or null when there is none (then the
   * accent macro is just dropped).
   */
  static int[] accentTarget(String s, int i, boolean letterMacro) {
    int j = letterMacro ? skipSpaces(s, i) : i;
    if (j >= s.length()) {
      return null;
    }
    char c = s.charAt(j);
    if (c == '{') {
      int close = s.indexOf('}', j);
      if (close < 0 || close - j > 8) {
        return new int[] {-1, j};
      }
      String inner = s.substring(j + 1, close).strip();
      if (inner.startsWith("\\i") || inner.startsWith("\\j")) {
        return new int[] {inner.charAt(1), close + 1};
      }
      return new int[] {inner.isEmpty() ? -1 : inner.charAt(0), close + 1};
    }
    if (c == '\\' && j + 1 < s.length()) {
      char n = s.charAt(j + 1);
      boolean alone = j + 2 >= s.length() || !Character.isLetter(s.charAt(j + 2));
      if ((n == 'i' || n == 'j') && alone) {
        return new int[] {n, j + 2};
      }
      return null;
    }
    return Character.isLetter(c) ? new int[] {c, j + 1} : null;
  }

  /** A URL as a reader wants it: no "mailto:", no TeX escapes. */
  static String displayUrl(String url) {
    if (url.strip().startsWith("\\")) {
      return ""; // a macro holding the URL (\newcommand{\site}{..}); definitions are not expanded
    }
    String u = url.strip().replace("\\#", "#").replace("\\%", "%").replace("\\_", "_");
    u = u.replace("\\&", "&").replace("\\~", "~").replace("\\", "");
    return u.regionMatches(true, 0, "mailto:", 0, 7) ? u.substring(7) : u;
  }
}
