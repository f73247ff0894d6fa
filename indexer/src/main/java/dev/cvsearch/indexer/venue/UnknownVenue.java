package dev.cvsearch.indexer.venue;

import dev.cvsearch.indexer.model.Venue;
import dev.cvsearch.indexer.model.VenueKind;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a venue the dictionary does not know, so it is never dropped: the printed text minus its
 * decorations (dates, places, pages), a slug id, and a kind guessed from its words.
 */
final class UnknownVenue {
  private static final Pattern PARENS = Pattern.compile("\\(([^()]*)\\)");
  private static final Pattern ACRONYM =
      Pattern.compile(
          "[\\p{Lu}\\d][\\p{L}\\d&*+/-]{1,19}(?:\\s[\\p{Lu}\\d][\\p{L}\\d&*+/-]{1,9})?");
  private static final Pattern SEGMENT = Pattern.compile("\\s*[,;]\\s*");
  private static final Pattern TRAILING_NUMBERS =
      Pattern.compile(
          "(?i)(?:\\s+(?:vol\\.?|volume|no\\.?|issue|pp\\.?|pages?)?\\s*[\\d(][\\d()\\s:./-]*)+$");
  private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\s,.;:/-]+$");
  private static final Pattern LEADING_PUNCT = Pattern.compile("^[\\s,.;:/-]+");
  private static final Pattern EVENT_END =
      Pattern.compile(
          "(?i)\\b(conference|symposium|workshop|meeting|congress|summit|colloquium|forum"
              + "|convention|seminar|school)$");

  private UnknownVenue() {}

  /**
   * The venue for text already tidied and stripped of its leading "Proceedings of the ...". A
   * parenthesised acronym becomes the display name ("Amazon Machine Learning Conference (AMLC)" is
   * "AMLC"); a host acronym before "Workshop" names a host workshop ("AMLC Workshop").
   */
  static Optional<Venue> of(String text) {
    String acronym = firstAcronym(text);
    String name = cleanName(PARENS.matcher(text).replaceAll(" "));
    VenueKind kind = VenueText.kindFromWords(name.isEmpty() ? text : name);
    int workshop = VenueText.workshopOffset(text);
    if (acronym != null
        && workshop >= 0
        && text.indexOf("(" + acronym) >= 0
        && text.indexOf("(" + acronym) < workshop
        && VenueText.workshopOffset(name) > 0) {
      String display = acronym + " Workshop";
      return Optional.of(new Venue(VenueText.slug(display), display, VenueKind.WORKSHOP));
    }
    String display = acronym != null ? acronym : name;
    if (display.isEmpty() || VenueText.slug(display).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Venue(VenueText.slug(display), display, kind));
  }

  /** The first parenthesised group that looks like an acronym ("AMLC", "W-NUT 2019" → "W-NUT"). */
  static String firstAcronym(String text) {
    Matcher m = PARENS.matcher(text);
    while (m.find()) {
      String inside = KnownVenueMatcher.cleanAcronym(m.group(1));
      long capitals = inside.chars().filter(Character::isUpperCase).count();
      if (capitals >= 2 && ACRONYM.matcher(inside).matches() && !inside.matches("(?i)vol.*")) {
        return inside;
      }
    }
    return null;
  }

  /** "Midwest Cognitive Science Conference, 2018" → "Midwest Cognitive Science Conference". */
  static String cleanName(String text) {
    String s = VenueText.stripLeadingNoise(text);
    s = keepNameSegments(s);
    s = VenueText.stripYearsAndOrdinals(s);
    s = TRAILING_NUMBERS.matcher(s).replaceAll("");
    s = dropSubtitle(s.replaceAll("\\s+:", ":"));
    s = TRAILING_PUNCT.matcher(s).replaceAll("");
    s = LEADING_PUNCT.matcher(s).replaceAll("");
    return VenueText.stripLeadingNoise(s.replaceAll("\\s+", " ").trim());
  }

  /**
   * Keeps the comma-separated segments up to the last one with an event word ("Symposium",
   * "Journal") and the list continuation after it ("Acoustics, Speech, and Signal Processing");
   * what follows is place and date ("Atlanta, GA, in Feb, 2017").
   */
  private static String keepNameSegments(String s) {
    List<String> segments = List.of(SEGMENT.split(s));
    int last = 0;
    for (int i = 0; i < segments.size(); i++) {
      if (VenueText.hasEventWord(segments.get(i)) && !segments.get(i).matches(".*\\d{4}.*")) {
        last = i;
      }
    }
    while (last + 1 < segments.size() && continuesList(segments, last + 1)) {
      last++;
    }
    return String.join(", ", segments.subList(0, last + 1));
  }

  private static boolean continuesList(List<String> segments, int i) {
    String next = segments.get(i);
    if (next.matches("(?i)(and|&)\\s.*")) {
      return true;
    }
    boolean shortWords = next.matches("\\p{L}+(\\s\\p{L}+){0,2}");
    return shortWords && i + 1 < segments.size() && segments.get(i + 1).matches("(?i)and\\s.*");
  }

  /**
   * "Improvising Brain III: Cultural Variation ... Symposium" → "Improvising Brain III Symposium".
   */
  private static String dropSubtitle(String s) {
    int colon = s.indexOf(':');
    if (colon <= 0) {
      return s;
    }
    String head = s.substring(0, colon).trim();
    String tail = s.substring(colon + 1).trim();
    if (VenueText.hasEventWord(head)) {
      return head;
    }
    Matcher end = EVENT_END.matcher(tail);
    if (end.find()) {
      return head + " " + end.group(1);
    }
    return s;
  }
}
