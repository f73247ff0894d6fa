package dev.cvsearch.indexer.parse.formats;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Splits BibTeX text into entries, one at a time. Values come back raw (LaTeX kept) with macros
 * expanded and {@code #} concatenations joined. A broken entry comes back as {@link Broken} and
 * reading resumes at the next line that starts with '@', so one bad entry costs only itself.
 */
final class BibtexReader {
  /** What {@link #next()} yields. */
  sealed interface Item permits Entry, Broken {}

  /** A bibliographic entry; field names are lower-cased, first occurrence wins. */
  record Entry(String type, String key, Map<String, String> fields, int line) implements Item {}

  /** An entry that could not be read; {@code type} is lower-cased, possibly empty. */
  record Broken(String type, int line, String reason) implements Item {}

  private static final Map<String, String> MONTHS =
      Map.ofEntries(
          Map.entry("jan", "January"),
          Map.entry("feb", "February"),
          Map.entry("mar", "March"),
          Map.entry("apr", "April"),
          Map.entry("may", "May"),
          Map.entry("jun", "June"),
          Map.entry("jul", "July"),
          Map.entry("aug", "August"),
          Map.entry("sep", "September"),
          Map.entry("oct", "October"),
          Map.entry("nov", "November"),
          Map.entry("dec", "December"));

  private final BibtexScanner in;
  private final Map<String, String> macros = new HashMap<>();

  BibtexReader(LineReader lines) {
    this.in = new BibtexScanner(lines);
  }

  /** Whether any non-blank text was seen at all (to tell an empty file from a non-BibTeX one). */
  boolean sawText() {
    return in.sawText();
  }

  /**
   * The next entry or broken entry, or null at the end; @string, @comment, @preamble are consumed.
   */
  Item next() throws IOException {
    while (in.seekEntryStart()) {
      int start = in.lineNo();
      String type = "";
      try {
        in.markValueStart();
        in.checkLine();
        in.skip(); // '@'
        in.skipSpace();
        type = in.identifier().toLowerCase(Locale.ROOT);
        Item item = entry(type, start);
        if (item != null) {
          return item;
        }
      } catch (BadRecordException e) {
        in.resync(start);
        return new Broken(type, start, e.getMessage());
      }
    }
    return null;
  }

  /** Reads the body after "@type"; null for the non-bibliographic kinds. */
  private Item entry(String type, int start) throws IOException, BadRecordException {
    if (type.isEmpty()) {
      throw new BadRecordException("'@' not followed by an entry type");
    }
    in.skipSpace();
    int open = in.peek();
    if (open != '{' && open != '(') {
      throw new BadRecordException("expected '{' after @" + type + " at line " + in.lineNo());
    }
    char close = open == '{' ? '}' : ')';
    in.skip();
    switch (type) {
      case "comment" -> {
        in.skipGroup((char) open, close);
        return null;
      }
      case "preamble" -> {
        in.skipSpace();
        value();
        expect(close);
        return null;
      }
      case "string" -> {
        strings(close);
        return null;
      }
      default -> {
        return fields(type, start, close);
      }
    }
  }

  private Entry fields(String type, int start, char close) throws IOException, BadRecordException {
    in.skipSpace();
    StringBuilder key = new StringBuilder();
    for (int c = in.peek(); c != ',' && c != close && c > ' '; c = in.peek()) {
      key.append((char) c);
      in.skip();
    }
    Map<String, String> fields = new LinkedHashMap<>();
    in.skipSpace();
    if (in.peek() == ',') {
      in.skip();
    }
    while (true) {
      in.skipSpace();
      int c = in.peek();
      if (c == close) {
        in.skip();
        return new Entry(type, key.toString(), fields, start);
      }
      if (c == BibtexScanner.EOF) {
        throw new BadRecordException("end of file inside the entry (unbalanced braces?)");
      }
      String name = in.identifier().toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        throw new BadRecordException(
            "unexpected '" + (char) c + "' where a field name should be, line " + in.lineNo());
      }
      in.skipSpace();
      expect('=');
      in.skipSpace();
      fields.putIfAbsent(name, value());
      in.skipSpace();
      c = in.peek();
      if (c == ',') {
        in.skip();
      } else if (c != close && !BibtexScanner.isIdentifierChar(c)) {
        // A missing comma before the next field is forgiven; anything else is not.
        throw new BadRecordException(
            "expected ',' or '" + close + "' after field " + name + ", line " + in.lineNo());
      }
    }
  }

  private void strings(char close) throws IOException, BadRecordException {
    while (true) {
      in.skipSpace();
      if (in.peek() == close) {
        in.skip();
        return;
      }
      String name = in.identifier().toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        throw new BadRecordException("malformed @string at line " + in.lineNo());
      }
      in.skipSpace();
      expect('=');
      in.skipSpace();
      macros.put(name, value());
      in.skipSpace();
      if (in.peek() == ',') {
        in.skip();
      }
    }
  }

  /** A value: quoted, braced, number or macro parts joined by '#'. */
  private String value() throws IOException, BadRecordException {
    StringBuilder out = new StringBuilder();
    in.markValueStart();
    while (true) {
      int c = in.peek();
      if (c == '"' || c == '{') {
        in.skip();
        in.delimited(c == '"', out);
      } else if (c >= '0' && c <= '9') {
        out.append(in.identifier());
      } else if (BibtexScanner.isIdentifierChar(c)) {
        String name = in.identifier().toLowerCase(Locale.ROOT);
        String expanded = macros.get(name);
        // An undefined macro is kept as its name: BibTeX would warn and go on, and so do we.
        out.append(expanded != null ? expanded : MONTHS.getOrDefault(name, name));
      } else {
        throw new BadRecordException("value expected at line " + in.lineNo());
      }
      in.skipSpace();
      if (in.peek() != '#') {
        return out.toString();
      }
      in.skip();
      in.skipSpace();
    }
  }

  private void expect(char c) throws BadRecordException {
    if (in.peek() != c) {
      throw new BadRecordException("expected '" + c + "' at line " + in.lineNo());
    }
    in.skip();
  }
}
