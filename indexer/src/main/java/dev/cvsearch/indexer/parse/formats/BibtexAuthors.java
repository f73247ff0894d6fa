package dev.cvsearch.indexer.parse.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * BibTeX author lists: "Last, First and Last, Jr, First and others" → display names in order, and
 * whether the list was cut with "and others".
 */
final class BibtexAuthors {
  /** Display names, and false when the printed list ended in "and others". */
  record Authors(List<String> names, boolean complete) {}

  private BibtexAuthors() {}

  static Authors parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return new Authors(List.of(), false);
    }
    List<String> names = new ArrayList<>();
    boolean complete = true;
    for (String part : splitTopLevel(raw)) {
      String trimmed = part.strip();
      if (trimmed.equalsIgnoreCase("others") || trimmed.equalsIgnoreCase("et al.")) {
        complete = false;
        continue;
      }
      String name = BibtexLatex.toUnicode(displayOrder(trimmed));
      if (name != null) {
        names.add(name);
      }
    }
    return new Authors(names, complete && !names.isEmpty());
  }

  /** Splits on the word "and" outside braces, so "{Barnes and Noble}" stays one name. */
  private static List<String> splitTopLevel(String raw) {
    List<String> parts = new ArrayList<>();
    String lower = raw.toLowerCase(Locale.ROOT);
    int depth = 0;
    int from = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0
          && Character.isWhitespace(c)
          && lower.startsWith("and", i + 1)
          && i + 4 < raw.length()
          && Character.isWhitespace(raw.charAt(i + 4))) {
        parts.add(raw.substring(from, i));
        from = i + 4;
        i += 3;
      }
    }
    parts.add(raw.substring(from));
    return parts;
  }

  /** "Last, First" → "First Last"; "Last, Jr, First" → "First Last Jr"; else unchanged. */
  private static String displayOrder(String name) {
    List<String> pieces = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth = Math.max(0, depth - 1);
      } else if (c == ',' && depth == 0) {
        pieces.add(name.substring(from, i).strip());
        from = i + 1;
      }
    }
    pieces.add(name.substring(from).strip());
    return switch (pieces.size()) {
      case 1 -> pieces.get(0);
      case 2 -> pieces.get(1) + " " + pieces.get(0);
      default -> pieces.get(2) + " " + pieces.get(0) + " " + pieces.get(1);
    };
  }
}
