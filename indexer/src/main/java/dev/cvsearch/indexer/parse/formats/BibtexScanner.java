package dev.cvsearch.indexer.parse.formats;

import java.io.IOException;

/**
 * The character level of the BibTeX reader: a cursor over lines that knows where entries start, so
 * a value that never closes is caught at the next entry instead of swallowing the file.
 */
final class BibtexScanner {
  static final int EOF = -1;

  private final LineReader lines;
  private String cur;
  private int pos;
  private boolean sawText;
  private int valueLine;

  BibtexScanner(LineReader lines) {
    this.lines = lines;
  }

  int lineNo() {
    return lines.lineNo();
  }

  /** Whether any non-blank text was seen outside entries. */
  boolean sawText() {
    return sawText;
  }

  /** The current character, '\n' at a line end, or EOF; never moves to the next line. */
  int peek() {
    return cur == null ? EOF : pos < cur.length() ? cur.charAt(pos) : '\n';
  }

  /** Steps over the current character, which must not be a line end. */
  void skip() {
    pos++;
  }

  void skipSpace() throws IOException, BadRecordException {
    while (cur != null) {
      while (pos < cur.length() && isSpace(cur.charAt(pos))) {
        pos++;
      }
      if (pos < cur.length()) {
        return;
      }
      advanceLine();
    }
  }

  /** Letters, digits and the punctuation BibTeX allows in names, types and macro names. */
  String identifier() {
    int from = pos;
    while (pos < cur.length() && isIdentifierChar(cur.charAt(pos))) {
      pos++;
    }
    return cur.substring(from, pos);
  }

  /** Remembers where a value starts, for the message when it never ends. */
  void markValueStart() {
    valueLine = lines.lineNo();
  }

  /**
   * Appends the inside of "…" or {…} (the opening delimiter already consumed). Braces nest, and a
   * quote inside braces does not end the value.
   */
  void delimited(boolean quoted, StringBuilder out) throws IOException, BadRecordException {
    int depth = quoted ? 0 : 1;
    while (true) {
      if (pos >= cur.length()) {
        out.append('\n');
        advanceLine();
        continue;
      }
      char c = cur.charAt(pos);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        // A stray '}' inside "…" (the Anthology has a few) cannot end anything: keep it as text
        // rather than lose the entry; the quote still delimits the value unambiguously.
        if (depth > 0 && --depth == 0 && !quoted) {
          pos++;
          return;
        }
      } else if (c == '"' && quoted && depth == 0 && !escaped(cur, pos)) {
        pos++;
        return;
      }
      out.append(c);
      pos++;
    }
  }

  /** Skips to the delimiter that closes a group whose opener was already consumed. */
  void skipGroup(char open, char close) throws IOException, BadRecordException {
    int depth = 1;
    while (true) {
      if (pos >= cur.length()) {
        advanceLine();
        continue;
      }
      char c = cur.charAt(pos++);
      if (c == open) {
        depth++;
      } else if (c == close && --depth == 0) {
        return;
      }
    }
  }

  /**
   * Whether the quote at {@code i} follows an odd run of backslashes: \"u is an umlaut written
   * without braces, not the end of the value, while \\" is a line break and then the end.
   */
  private static boolean escaped(String line, int i) {
    int backslashes = 0;
    while (i - backslashes - 1 >= 0 && line.charAt(i - backslashes - 1) == '\\') {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  /** Moves into the next line inside an entry; a line that starts a new entry means we overran. */
  private void advanceLine() throws IOException, BadRecordException {
    if (!load()) {
      throw new BadRecordException("end of file inside the entry (unbalanced braces or quotes?)");
    }
    checkLine();
    if (startsEntry(cur)) {
      throw new BadRecordException(
          "unbalanced braces or quotes: the value from line "
              + valueLine
              + " runs into the entry at line "
              + lines.lineNo());
    }
  }

  /** Rejects the current line when it was cut for length or is not UTF-8. */
  void checkLine() throws BadRecordException {
    if (lines.truncated()) {
      throw new BadRecordException("line " + lines.lineNo() + " is too long");
    }
    if (lines.malformed()) {
      throw new BadRecordException("invalid UTF-8 at line " + lines.lineNo());
    }
  }

  /** "@word{" or "@word(" at column 0: another entry begins here. */
  private static boolean startsEntry(String line) {
    if (line.isEmpty() || line.charAt(0) != '@') {
      return false;
    }
    int i = 1;
    while (i < line.length() && Character.isLetter(line.charAt(i))) {
      i++;
    }
    while (i < line.length() && isSpace(line.charAt(i))) {
      i++;
    }
    return i > 1 && i < line.length() && (line.charAt(i) == '{' || line.charAt(i) == '(');
  }

  private boolean load() throws IOException {
    cur = lines.next();
    pos = 0;
    return cur != null;
  }

  /**
   * Moves to the next '@' that is the first non-blank character of its line (or follows the end of
   * the previous entry); text elsewhere is comment, as BibTeX treats it.
   */
  boolean seekEntryStart() throws IOException {
    if (cur == null && !load()) {
      return false;
    }
    boolean clean = true; // only blanks so far on this line, or right after an entry
    while (true) {
      while (pos < cur.length()) {
        char c = cur.charAt(pos);
        if (c == '@' && clean) {
          return true;
        }
        if (!isSpace(c)) {
          sawText = true;
          clean = false;
          pos = cur.length();
          break;
        }
        pos++;
      }
      if (!load()) {
        return false;
      }
      clean = true;
    }
  }

  /** After an error: skip to the next line; if that line starts an entry, stay there. */
  void resync(int entryLine) throws IOException {
    if (cur != null && pos == 0 && startsEntry(cur) && lines.lineNo() != entryLine) {
      return;
    }
    load();
  }

  static boolean isIdentifierChar(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '-'
        || c == ':'
        || c == '.'
        || c == '+'
        || c == '/';
  }

  private static boolean isSpace(int c) {
    return c == ' '
        || c == '\t'
        || c == '\n'
        || c == '\r'
        || c == '\f'
        || c == '\u00A0'
        || c == '\uFEFF';
  }
}
