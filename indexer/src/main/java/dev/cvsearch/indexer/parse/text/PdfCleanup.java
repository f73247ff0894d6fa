package dev.cvsearch.indexer.parse.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans the raw per-page text of a PDF: ligatures, spacing, running headers and footers, page
 * numbers, and words hyphenated across a line end.
 */
final class PdfCleanup {
  /** "3", "- 3 -", "Page 3", "Page 3 of 5", "3 / 5", "p. 3", in a few languages. */
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "(?iu)(?:(?:page|p\\.|pg\\.?|seite|página|pagina|strona)\\s*)?[-–—]?\\s*(\\d{1,3})\\s*[-–—]?"
              + "(?:\\s*(?:of|/|de|von|sur|di|z)\\s*\\d{1,3})?");

  /** A line ending in a hyphenated word fragment, and the fragment. */
  private static final Pattern TRAILING_FRAGMENT = Pattern.compile("(\\p{L}[\\p{L}-]*)-$");

  private static final Pattern LEADING_WORD = Pattern.compile("^(\\p{Ll}+)");

  /**
   * First parts of compounds that keep their hyphen ("self-\nsupervised" is not "selfsupervised").
   */
  private static final Set<String> COMPOUND_HEADS =
      Set.of(
          "self", "non", "multi", "cross", "co", "semi", "anti", "pre", "post", "well", "state",
          "real", "end", "high", "low", "large", "long", "short", "fine", "deep", "open", "single",
          "one", "two", "three", "half", "full", "part", "life", "data", "task", "user", "time",
          "cost", "ex", "vice", "mid", "sub", "inter", "intra", "meta", "quasi", "pseudo", "x",
          "e");

  /** How many lines at each end of a page may be running headers or footers. */
  private static final int EDGE_LINES = 2;

  private PdfCleanup() {}

  static String clean(List<String> rawPages) {
    List<List<String>> pages = new ArrayList<>();
    for (String raw : rawPages) {
      pages.add(normaliseLines(raw));
    }
    dropPageFurniture(pages);
    List<String> lines = new ArrayList<>();
    for (List<String> page : pages) {
      if (!lines.isEmpty() && !page.isEmpty()) {
        lines.add("");
      }
      lines.addAll(page);
    }
    joinHyphenated(lines);
    return squeezeBlankLines(lines);
  }

  /** Splits a page into trimmed lines with ligatures undone and runs of spaces collapsed. */
  private static List<String> normaliseLines(String raw) {
    List<String> lines = new ArrayList<>();
    for (String line : raw.split("\n", -1)) {
      lines.add(normaliseLine(line));
    }
    return lines;
  }

  static String normaliseLine(String line) {
    StringBuilder out = new StringBuilder(line.length());
    boolean space = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      String lig = ligature(c);
      if (lig != null) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        out.append(lig);
        space = false;
      } else if (c == ' '
          || c == '\t'
          || c == '\u00A0'
          || c == '\u2009'
          || c == '\u202F'
          || c == '\u2002'
          || c == '\u2003'
          || c == '\r'
          || c == '\f') {
        space = true;
      } else if (c == '\u00AD' || c == '\u200B' || c == '\uFEFF' || Character.isISOControl(c)) {
        // soft hyphens, zero-width spaces and stray controls carry no text
      } else {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String ligature(char c) {
    return switch (c) {
      case '\uFB00' -> "ff";
      case '\uFB01' -> "fi";
      case '\uFB02' -> "fl";
      case '\uFB03' -> "ffi";
      case '\uFB04' -> "ffl";
      case '\uFB05' -> "ft";
      case '\uFB06' -> "st";
      case '\u0132' -> "IJ";
      case '\u0133' -> "ij";
      default -> null;
    };
  }

  /**
   * Drops page numbers near the top or bottom of each page, and lines repeated at the same edge of
   * at least half the pages (running headers and footers) except their first occurrence, which is
   * often the only place the CV names its owner.
   */
  private static void dropPageFurniture(List<List<String>> pages) {
    int n = pages.size();
    for (List<String> page : pages) {
      for (int idx : edgeIndexes(page)) {
        if (isPageNumber(page.get(idx), n)) {
          page.set(idx, "");
        }
      }
    }
    if (n < 2) {
      return;
    }
    Map<String, Integer> seenOnPages = new HashMap<>();
    for (List<String> page : pages) {
      Set<String> keys = new HashSet<>();
      for (int idx : edgeIndexes(page)) {
        keys.add(furnitureKey(page.get(idx)));
      }
      for (String key : keys) {
        seenOnPages.merge(key, 1, Integer::sum);
      }
    }
    int threshold = Math.max(2, (n + 1) / 2);
    Set<String> kept = new HashSet<>();
    for (List<String> page : pages) {
      for (int idx : edgeIndexes(page)) {
        String key = furnitureKey(page.get(idx));
        if (seenOnPages.getOrDefault(key, 0) >= threshold && !kept.add(key)) {
          page.set(idx, "");
        }
      }
    }
  }

  /** Indexes of the first and last {@link #EDGE_LINES} non-blank lines of a page. */
  private static List<Integer> edgeIndexes(List<String> page) {
    List<Integer> edges = new ArrayList<>();
    for (int i = 0, found = 0; i < page.size() && found < EDGE_LINES; i++) {
      if (!page.get(i).isBlank()) {
        edges.add(i);
        found++;
      }
    }
    for (int i = page.size() - 1, found = 0; i >= 0 && found < EDGE_LINES; i--) {
      if (!page.get(i).isBlank()) {
        if (!edges.contains(i)) {
          edges.add(i);
        }
        found++;
      }
    }
    return edges;
  }

  /** Digits vary between pages of a running header ("Jane Doe, page 2"), so they are masked. */
  private static String furnitureKey(String line) {
    return line.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#");
  }

  private static boolean isPageNumber(String line, int pageCount) {
    Matcher m = PAGE_NUMBER.matcher(line);
    if (!m.matches()) {
      return false;
    }
    // A bare number far above the page count is data (a count, a year), not a page number.
    return Integer.parseInt(m.group(1)) <= pageCount + 2 || !line.matches("[-–—\\s\\d]+");
  }

  /**
   * Joins a word split by a hyphen at a line end ("exam-" + "ple" becomes "example") when it is
   * clearly a typesetting break: the next line starts in lower case, and neither the document
   * elsewhere nor a common compound head says the hyphen is part of the word.
   */
  private static void joinHyphenated(List<String> lines) {
    String lowerText = String.join(" ", lines).toLowerCase(Locale.ROOT);
    for (int i = 0; i + 1 < lines.size(); i++) {
      String line = lines.get(i);
      Matcher tail = TRAILING_FRAGMENT.matcher(line);
      Matcher head = LEADING_WORD.matcher(lines.get(i + 1));
      if (!tail.find() || !head.find()) {
        continue;
      }
      String left = tail.group(1);
      String right = head.group(1);
      String leftLower = left.toLowerCase(Locale.ROOT);
      boolean keepHyphen =
          left.contains("-")
              || COMPOUND_HEADS.contains(leftLower)
              || (lowerText.contains(leftLower + "-" + right)
                  && !lowerText.contains(leftLower + right));
      String next = lines.get(i + 1);
      String joined =
          line.substring(0, line.length() - 1)
              + (keepHyphen ? "-" : "")
              + next.substring(0, right.length());
      String rest = next.substring(right.length()).stripLeading();
      if (rest.isEmpty()) {
        lines.set(i, joined);
        lines.remove(i + 1);
        i--;
      } else {
        lines.set(i, joined);
        lines.set(i + 1, rest);
      }
    }
  }

  private static String squeezeBlankLines(List<String> lines) {
    StringBuilder out = new StringBuilder();
    boolean blank = true; // drops leading blank lines
    for (String line : lines) {
      if (line.isEmpty()) {
        if (!blank) {
          out.append('\n');
        }
        blank = true;
      } else {
        out.append(line).append('\n');
        blank = false;
      }
    }
    while (out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
      out.setLength(out.length() - 1);
    }
    return out.append('\n').toString();
  }
}
