package dev.cvsearch.indexer.parse.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A profile page's author line: names separated by commas, perhaps cut with "et al.", perhaps
 * followed by a "· badge" naming an organisation or repository (not an author, not a venue).
 *
 * @param authors names in printed order
 * @param complete false when the line was cut with "et al."
 */
record AuthorLine(List<String> authors, boolean complete) {
  private static final Pattern BADGE = Pattern.compile("\\s+[\u00B7\u2022]\\s+.*$");
  private static final Pattern ET_AL =
      Pattern.compile("[,;\\s]*\\b(?:et\\s+al\\.?|and\\s+others)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern SEPARATOR = Pattern.compile("\\s*[,;]\\s*");
  private static final Pattern AND = Pattern.compile("\\s+(?:and|&)\\s+");
  private static final Pattern MARKS = Pattern.compile("[*\u2020\u2021]+$");
  private static final Set<String> PARTICLES =
      Set.of("de", "van", "von", "der", "den", "da", "di", "la", "le", "du", "del", "dos", "bin");
  private static final int MAX_WORDS_PER_NAME = 6;
  private static final int MAX_NAME_LENGTH = 60;

  AuthorLine {
    authors = List.copyOf(authors);
  }

  static AuthorLine parse(String line) {
    String text = BADGE.matcher(line).replaceFirst("");
    String cut = ET_AL.matcher(text).replaceFirst("");
    boolean complete = cut.length() == text.length();
    List<String> names = new ArrayList<>();
    for (String name : splitNames(cut)) {
      String clean = MARKS.matcher(name).replaceFirst("").strip();
      if (!clean.isEmpty()) {
        names.add(clean);
      }
    }
    return new AuthorLine(names, complete);
  }

  /**
   * Whether the line reads as names rather than the first sentence of an abstract: cut with "et
   * al.", or short capitalised comma-separated parts with no digits and no sentence-ending period.
   */
  static boolean looksLikeAuthors(String line) {
    String text = BADGE.matcher(line).replaceFirst("");
    if (ET_AL.matcher(text).find()) {
      return true;
    }
    if (text.isEmpty() || text.chars().anyMatch(Character::isDigit)) {
      return false;
    }
    for (String name : splitNames(text)) {
      if (!looksLikeName(name)) {
        return false;
      }
    }
    String[] words = text.split("\\s+");
    String last = words[words.length - 1];
    // "…Anna B." ends with an initial; "…the method." ends a sentence.
    return !(last.endsWith(".") && last.length() > 2);
  }

  /** "A, B and C", "A & B": the names between commas, semicolons and a joining "and". */
  private static List<String> splitNames(String text) {
    List<String> names = new ArrayList<>();
    for (String part : SEPARATOR.split(text)) {
      names.addAll(List.of(AND.split(part.replaceFirst("^(?:and|&)\\s+", ""))));
    }
    return names;
  }

  private static boolean looksLikeName(String part) {
    String name = part.strip();
    if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
      return false;
    }
    String[] words = name.split("\\s+");
    if (words.length > MAX_WORDS_PER_NAME || !startsWithCapital(words[0])) {
      return false;
    }
    for (String word : words) {
      if (!startsWithCapital(word) && !PARTICLES.contains(word.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the first letter is a capital; "(Claire)" counts, and so does a word with no letter.
   */
  private static boolean startsWithCapital(String word) {
    OptionalInt letter = word.codePoints().filter(Character::isLetter).findFirst();
    return letter.isEmpty() || Character.isUpperCase(letter.getAsInt());
  }
}
