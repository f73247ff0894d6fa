package dev.cvsearch.indexer.names;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a printed author line into names: commas and "and" separate names, markup and
 * equal-contribution marks go, "et al." marks the list incomplete, and an inverted first name
 * ("Kim, Minje, Mi Suk Lee…", common in patent citations) is put in reading order.
 */
public final class AuthorLists {
  private static final Pattern ET_AL =
      Pattern.compile("(?i)(?:,?\\s*(?:and\\s+)?(?:et\\.?\\s*al\\.?|others|\\.\\.\\.|…))\\s*$");
  private static final Pattern MARKS = Pattern.compile("\\\\\\*|\\*+|[†‡§¶#]+|\\^\\{?[\\d,*]+\\}?");
  private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|;|\\band\\b|&)\\s*");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern TRAILING_PUNCT = Pattern.compile("[.,;\\s]+$");
  private static final Pattern LEADING_AND = Pattern.compile("^and\\s+");
  private static final Pattern SINGLE_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]+");

  /** The names on the line, and whether the printed list is complete. */
  public record Parsed(List<String> names, boolean complete) {}

  private AuthorLists() {}

  public static Parsed parse(String line) {
    if (line == null || line.isBlank()) {
      return new Parsed(List.of(), false);
    }
    String text = SPACES.matcher(MARKS.matcher(line).replaceAll("")).replaceAll(" ").strip();
    boolean complete = true;
    var etAl = ET_AL.matcher(text);
    if (etAl.find()) {
      complete = false;
      text = text.substring(0, etAl.start());
    }
    text = TRAILING_PUNCT.matcher(text).replaceAll("");
    List<String> parts = new ArrayList<>();
    for (String p : SEPARATOR.split(text)) {
      String name = LEADING_AND.matcher(p.strip()).replaceAll("");
      if (!name.isEmpty()) {
        parts.add(name);
      }
    }
    uninvertFirst(parts);
    return new Parsed(List.copyOf(parts), complete);
  }

  /**
   * "Kim, Minje, Mi Suk Lee" splits into "Kim", "Minje", "Mi Suk Lee": two single words before a
   * multi-word name are one inverted name.
   */
  private static void uninvertFirst(List<String> parts) {
    if (parts.size() >= 3
        && SINGLE_WORD.matcher(parts.get(0)).matches()
        && SINGLE_WORD.matcher(parts.get(1)).matches()
        && parts.get(2).contains(" ")) {
      String first = parts.get(1) + " " + parts.get(0);
      parts.remove(0);
      parts.set(0, first);
    }
  }

  /** True when the line reads like a list of person names rather than a title or a venue. */
  public static boolean looksLikeAuthorLine(String line) {
    Parsed parsed = parse(line);
    if (parsed.names().isEmpty()) {
      return false;
    }
    int good = 0;
    for (String n : parsed.names()) {
      if (PersonNames.looksLikeName(n)) {
        good++;
      }
    }
    int total = parsed.names().size();
    if (total == 1) {
      return good == 1 && !parsed.complete() || good == 1 && line.contains("**");
    }
    return good * 10 >= total * 7;
  }
}
