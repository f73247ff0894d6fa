package dev.cvsearch.indexer.parse.text;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * One left-to-right pass over a LaTeX body that writes its text. Groups live on an explicit stack
 * (deep nesting cannot overflow the Java stack) and every character is looked at a bounded number
 * of times, so the pass is linear in the input whatever it contains.
 */
final class LatexConverter {
  /**
   * Written where the first argument of an unknown macro starts; turned into a newline once a
   * second argument shows it is an entry macro (\cventry{..}{..}), dropped otherwise.
   */
  static final char MARK = '\uE000';

  /** Optional arguments longer than this are not optional arguments but text in brackets. */
  private static final int MAX_OPTIONAL = 300;

  /** How deep conversions of \item labels may nest before labels are kept as raw text. */
  private static final int MAX_DEPTH = 3;

  private static final Pattern URL_LIKE = Pattern.compile("(?i)(?:https?://|mailto:|www\\.)\\S+");

  private enum Kind {
    GROUP, // a plain {...}
    TEXT, // a text argument of an unknown or heading macro
    INLINE, // the one argument of a formatting macro
    HREF_TEXT // the text of \href, replaced by the url when blank
  }

  /** An open brace, and what to do when it closes. */
  private record Frame(Kind kind, String macro, int arg, int outStart, int mark, String url) {}

  private final String s;
  private final int depth;
  private final StringBuilder out;
  private final Deque<Frame> frames = new ArrayDeque<>();
  private int i;

  // The macro whose next braced argument may follow, and where its first argument started.
  private String pending;
  private int pendingArg;
  private int pendingMark = -1;
  private String pendingUrl;

  private LatexConverter(String s, int depth) {
    this.s = s;
    this.depth = depth;
    this.out = new StringBuilder(s.length());
  }

  /** Converts a LaTeX body (no preamble) to text with {@link #MARK}s still in it. */
  static String convert(String body, int depth) {
    LatexConverter c = new LatexConverter(body, depth);
    c.run();
    return c.out.toString();
  }

  private void run() {
    while (i < s.length()) {
      if (pending != null && takeArgument()) {
        continue;
      }
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> controlSequence();
        case '{' -> {
          frames.push(new Frame(Kind.GROUP, null, 0, out.length(), -1, null));
          i++;
        }
        case '}' -> {
          i++;
          closeGroup();
        }
        case '~' -> {
          // Literal in URLs written as text (example.org/~ana), a non-breaking space elsewhere.
          boolean url = out.length() > 0 && out.charAt(out.length() - 1) == '/';
          text(url ? '~' : ' ');
        }
        case '&' -> {
          out.append(" | ");
          i++;
        }
        case '$', '^', '_', '#', MARK -> i++;
        case '-' -> dashes();
        case '`' -> quote('`', '‘', '“');
        case '\'' -> quote('\'', '’', '”');
        default -> text(c);
      }
    }
    while (!frames.isEmpty()) {
      closeGroup(); // unbalanced input: close what is open so headings still end their line
    }
    endArguments();
  }

  private void text(char c) {
    out.append(c);
    i++;
  }

  private void dashes() {
    int n = 0;
    while (i < s.length() && s.charAt(i) == '-' && n < 3) {
      i++;
      n++;
    }
    out.append(n == 3 ? "—" : n == 2 ? "–" : "-");
  }

  private void quote(char c, char single, char dbl) {
    if (i + 1 < s.length() && s.charAt(i + 1) == c) {
      out.append(dbl);
      i += 2;
    } else {
      out.append(c == '`' ? single : c);
      i++;
    }
  }

  // ---- arguments of the pending macro

  /**
   * If the pending macro's next argument follows (after blanks and at most one line break), opens
   * it and returns true; otherwise ends the macro's arguments and returns false.
   */
  private boolean takeArgument() {
    int j = LatexScan.skipBlanks(s, i);
    if (j < s.length() && s.charAt(j) == '[' && pendingArg == 0) {
      int end = LatexScan.optionalEnd(s, j, MAX_OPTIONAL);
      if (end > 0) {
        i = end;
        return true;
      }
    }
    if (j < s.length() && s.charAt(j) == '{') {
      i = j + 1;
      openArgument();
      return true;
    }
    endArguments();
    return false;
  }

  private void openArgument() {
    String macro = pending;
    int arg = pendingArg;
    if (pendingUrl != null) {
      frames.push(new Frame(Kind.HREF_TEXT, macro, arg, out.length(), -1, pendingUrl));
    } else if (LatexMacros.INLINE.contains(macro)
        || LatexMacros.SKIP_THEN_TEXT.containsKey(macro)) {
      frames.push(new Frame(Kind.INLINE, macro, arg, out.length(), -1, null));
    } else {
      if (arg == 0) {
        if (LatexMacros.isHeading(macro)) {
          blankLine();
        }
        pendingMark = out.length();
        out.append(MARK);
      } else {
        if (arg == 1 && pendingMark >= 0 && pendingMark < out.length()) {
          // Bounded, so that nested first arguments cannot make this quadratic.
          String first =
              out.length() - pendingMark < 2000 ? out.substring(pendingMark + 1).strip() : "";
          if (URL_LIKE.matcher(first).matches()) {
            // A link macro of the CV's own (\myHref{url}{text}): show it as \href would be.
            out.setLength(pendingMark);
            frames.push(new Frame(Kind.HREF_TEXT, macro, arg, out.length(), -1, first));
            pending = null;
            return;
          }
          out.setCharAt(pendingMark, '\n'); // a second argument: this is an entry macro
        }
        newline();
      }
      frames.push(new Frame(Kind.TEXT, macro, arg, out.length(), pendingMark, null));
    }
    pending = null;
    pendingUrl = null;
  }

  private void closeGroup() {
    Frame f = frames.poll();
    if (f == null) {
      return; // a stray closing brace
    }
    switch (f.kind()) {
      case GROUP -> {}
      case INLINE -> {}
      case HREF_TEXT -> {
        if (blankFrom(f.outStart())) {
          out.setLength(f.outStart());
          out.append(LatexScan.displayUrl(f.url()));
        }
      }
      case TEXT -> {
        pending = f.macro();
        pendingArg = f.arg() + 1;
        pendingMark = f.mark();
        if (LatexMacros.isHeading(f.macro())) {
          newline();
        }
      }
    }
  }

  private boolean blankFrom(int start) {
    for (int k = start; k < out.length(); k++) {
      char c = out.charAt(k);
      if (!Character.isWhitespace(c) && c != MARK) {
        return false;
      }
    }
    return true;
  }

  private void endArguments() {
    if (pending == null) {
      return;
    }
    if (pendingUrl != null) {
      out.append(LatexScan.displayUrl(pendingUrl)); // \href{url} with no text argument
    } else if (pendingArg >= 2) {
      newline(); // an entry macro's arguments each had their own line; so does what follows
    }
    pending = null;
    pendingUrl = null;
    pendingMark = -1;
  }

  private void expect(String macro) {
    pending = macro;
    pendingArg = 0;
    pendingMark = -1;
    pendingUrl = null;
  }

  private void newline() {
    int len = out.length();
    while (len > 0 && (out.charAt(len - 1) == ' ' || out.charAt(len - 1) == '\t')) {
      len--;
    }
    out.setLength(len);
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }

  private void blankLine() {
    newline();
    if (out.length() > 1 && out.charAt(out.length() - 2) != '\n') {
      out.append('\n');
    }
  }

  // ---- control sequences

  private void controlSequence() {
    int start = i + 1;
    if (start >= s.length()) {
      i = start;
      return;
    }
    char c = s.charAt(start);
    if (!Character.isLetter(c) && c != '@') {
      i = start + 1;
      controlSymbol(c);
      return;
    }
    int end = start;
    while (end < s.length() && (Character.isLetter(s.charAt(end)) || s.charAt(end) == '@')) {
      end++;
    }
    i = end;
    if (i < s.length() && s.charAt(i) == '*') {
      i++;
    }
    controlWord(s.substring(start, end));
  }

  private void controlSymbol(char c) {
    switch (c) {
      case '\\' -> {
        newline();
        i = LatexScan.skipLineBreakOptions(s, i, MAX_OPTIONAL);
        // "\\" at the end of a source line already ends the output line.
        int j = i;
        while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
          j++;
        }
        if (j < s.length() && s.charAt(j) == '\n') {
          i = j + 1;
        }
      }
      case '%', '&', '$', '#', '_', '{', '}', '|', '/' -> out.append(c == '/' ? "" : c);
      case ' ', '\n', '\t', ',', ';', ':', '>' -> out.append(' ');
      case '!', '-', '@', '(', ')', '[', ']' -> {}
      default -> {
        Character mark = LatexMacros.ACCENTS.get(String.valueOf(c));
        if (mark != null) {
          accent(mark, false);
        }
      }
    }
  }

  private void controlWord(String name) {
    String symbol = LatexMacros.SYMBOLS.get(name);
    Character accent = name.length() == 1 ? LatexMacros.ACCENTS.get(name) : null;
    Integer dropped = LatexMacros.DROPPED.get(name);
    Integer skipped = LatexMacros.SKIP_THEN_TEXT.get(name);
    if (accent != null) {
      accent(accent, true);
    } else if (symbol != null) {
      out.append(symbol);
      i = LatexScan.skipEmptyGroup(s, i);
    } else if (LatexMacros.DEFINITIONS.contains(name)) {
      i = LatexScan.skipDefinition(s, i, name);
    } else if (dropped != null) {
      if (LatexMacros.DIMENSION_TAKING.contains(name) || LatexMacros.SPACES.contains(name)) {
        out.append(' ');
      }
      i = LatexScan.skipArguments(s, i, dropped, MAX_OPTIONAL);
    } else if (LatexMacros.DIMENSION_TAKING.contains(name)) {
      out.append(' ');
      i = LatexScan.skipDimension(s, i);
    } else if (LatexMacros.SPACES.contains(name)) {
      out.append(' ');
    } else if (LatexMacros.NEWLINES.contains(name)) {
      if (name.equals("par")) {
        blankLine();
      } else {
        newline();
      }
    } else if (skipped != null) {
      i = LatexScan.skipArguments(s, i, skipped, MAX_OPTIONAL);
      expect(name);
    } else {
      special(name);
    }
  }

  private void special(String name) {
    switch (name) {
      case "item" -> item();
      case "bibitem" -> {
        newline();
        out.append("- ");
        i = LatexScan.skipArguments(s, i, 1, MAX_OPTIONAL);
      }
      case "begin" -> LatexEnvironments.begin(this);
      case "end" -> LatexEnvironments.end(this);
      case "url", "nolinkurl", "path", "Url" -> {
        int[] arg = LatexScan.rawArgument(s, i);
        out.append(LatexScan.displayUrl(s.substring(arg[0], arg[1])));
        i = arg[2];
      }
      case "href" -> {
        int[] arg = LatexScan.rawArgument(s, i);
        i = arg[2];
        expect(name);
        pendingUrl = s.substring(arg[0], arg[1]);
      }
      case "verb" -> {
        int[] arg = LatexScan.verbatim(s, i);
        out.append(s, arg[0], arg[1]);
        i = arg[2];
      }
      default -> expect(name);
    }
  }

  private void item() {
    newline();
    out.append("- ");
    int j = LatexScan.skipBlanks(s, i);
    if (j < s.length() && s.charAt(j) == '[') {
      int end = LatexScan.optionalEnd(s, j, MAX_OPTIONAL);
      if (end > 0) {
        String label = s.substring(j + 1, end - 1);
        String text = depth < MAX_DEPTH ? convert(label, depth + 1) : label;
        out.append(text.replace(String.valueOf(MARK), "").strip()).append(' ');
        i = end;
      }
    }
  }

  private void accent(char mark, boolean letterMacro) {
    int[] target = LatexScan.accentTarget(s, i, letterMacro);
    if (target == null) {
      return;
    }
    i = target[1];
    if (target[0] >= 0) {
      out.append((char) target[0]).append(mark); // composed by the final NFC pass
    }
  }

  // ---- for LatexEnvironments

  String source() {
    return s;
  }

  int position() {
    return i;
  }

  void moveTo(int position) {
    i = Math.max(i, Math.min(position, s.length()));
  }

  void append(CharSequence text) {
    out.append(text);
  }

  void startLine() {
    newline();
  }

  void expectArguments(String macro) {
    expect(macro);
  }
}
