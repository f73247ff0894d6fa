package dev.cvsearch.indexer.venue;

import dev.cvsearch.indexer.model.VenueKind;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text helpers shared by the dictionary and the normaliser: tidying printed venue text, stripping
 * the decorations around a venue name, and the lookup keys both sides are compared by.
 */
final class VenueText {
  private static final String ORDINAL_WORDS =
      "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]?)?"
          + "(?:first|second|third|fourth|fifth|sixth|seventh|eighth?|ninth|tenth|eleventh|twelfth"
          + "|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
          + "|thirtieth|fortieth|fiftieth|sixtieth)";
  private static final Pattern BRACES = Pattern.compile("[{}\\\\]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  // Repeated until nothing changes: "In: Proceedings of the 7th Annual ..." loses every layer.
  private static final Pattern LEADING_NOISE =
      Pattern.compile(
          "^(?:(?i:in)\\s*:\\s*|(?i:in)\\s+(?=\\p{Lu}|\\d)|(?i:to appear"
              + " (?:in|at)\\s+|(?:the\\s+)?companion volume (?:to|of) (?:the\\s+)?|actes d(?:e"
              + " la|es|u)\\s+|\\d+(?:e|ème|er|re)\\s+|international\\s+|joint\\s+(?=workshop)"
              + "|(?:software\\s+|system\\s+)?demonstrations?\\s+(?:at|of)\\s+|student research"
              + " workshop\\s+(?:at|of|associated with)\\s+|appeared in\\s+|published"
              + " (?:in|at)\\s+|accepted (?:at|to|in|by|for)\\s+"
              + "|(?:the\\s+)?(?:companion\\s+)?(?:proceedings|proc\\.?)(?:\\s+volume)?"
              + "\\s+(?:of\\s+)?"
              + "|the\\s+|\\d+(?:st|nd|rd|th)\\s+|"
              + ORDINAL_WORDS
              + "\\s+|annual\\s+|(?:19|20)\\d\\d\\s*[:,]?\\s+))");
  private static final Pattern ORDINAL_ANYWHERE =
      Pattern.compile(
          "(?:\\b\\d+(?:st|nd|rd|th)\\b|(?<=\\bthe |\\bjoint )"
              + ORDINAL_WORDS
              + "\\b|\\b"
              + ORDINAL_WORDS
              + "(?=\\s+(?:international|annual|joint|workshop|conference|meeting|symposium"
              + "|national|european|asian|arabic|nordic|ieee|acm|acl)\\b))",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR =
      Pattern.compile("(?:[-‐–]?\\b(?:19|20)\\d\\d\\b|['’‘](?:\\d\\d)\\b)");
  private static final Pattern EVENT_WORD =
      Pattern.compile(
          "\\b(?:conference|symposium|workshop|meeting|congress|summit|colloquium|forum|school"
              + "|journal|transactions|letters|magazine|review|proceedings|convention|seminar)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern WORKSHOP =
      Pattern.compile("\\bworkshops?\\b", Pattern.CASE_INSENSITIVE);
  private static final Set<String> STOPWORDS =
      Set.of("the", "of", "on", "in", "for", "and", "a", "an", "at", "to", "its");

  private VenueText() {}

  /** Unicode and BibTeX tidying: composed letters, straight quotes, no braces, single spaces. */
  static String tidy(String raw) {
    String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
    s = BRACES.matcher(s).replaceAll("");
    s = s.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
    s = s.replace('–', '-').replace('—', '-').replace('‐', '-').replace('\u00a0', ' ');
    return SPACES.matcher(s).replaceAll(" ").trim();
  }

  /** Drops "In", "Proceedings of the", ordinals, "Annual" and leading years, repeatedly. */
  static String stripLeadingNoise(String s) {
    String previous;
    String current = s.trim();
    do {
      previous = current;
      current = LEADING_NOISE.matcher(current).replaceFirst("").trim();
    } while (!current.equals(previous));
    return current;
  }

  /** Removes years ("2025", "'14", "-2016") and numeric ordinals anywhere. */
  static String stripYearsAndOrdinals(String s) {
    String out = YEAR.matcher(s).replaceAll(" ");
    out = ORDINAL_ANYWHERE.matcher(out).replaceAll(" ");
    return SPACES.matcher(out).replaceAll(" ").trim();
  }

  /** The lookup key: decorations stripped, lower case, letters and digits, no stop words. */
  static String key(String s) {
    return String.join(" ", keyTokens(stripYearsAndOrdinals(stripLeadingNoise(tidy(s)))));
  }

  /** A key without any separators: "W-NUT" and "WNUT" meet here. */
  static String compactKey(String s) {
    return foldCase(tidy(s)).replaceAll("[^a-z0-9*]", "");
  }

  /** The key tokens of already stripped text. */
  static List<String> keyTokens(String s) {
    List<String> out = new ArrayList<>();
    for (String token : foldCase(s).split("[^a-z0-9*]+")) {
      if (!token.isEmpty() && !STOPWORDS.contains(token)) {
        out.add(token);
      }
    }
    return out;
  }

  static String foldCase(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return decomposed.toLowerCase(Locale.ROOT).replace("&", " and ").replace("'", "");
  }

  /** Whether the text names an event or a serial ("Conference", "Journal", "Workshop" ...). */
  static boolean hasEventWord(String s) {
    return EVENT_WORD.matcher(s).find();
  }

  /** The kind the words of a name suggest, for venues the dictionary does not know. */
  static VenueKind kindFromWords(String name) {
    String s = name.toLowerCase(Locale.ROOT);
    if (s.matches(".*\\bworkshops?\\b.*")) {
      return VenueKind.WORKSHOP;
    }
    if (s.matches(".*\\b(journal|transactions|letters|magazine|review)\\b.*")) {
      return VenueKind.JOURNAL;
    }
    if (s.matches(
        ".*\\b(conference|symposium|congress|summit|meeting|colloquium|forum|convention)\\b.*")) {
      return VenueKind.CONFERENCE;
    }
    return VenueKind.OTHER;
  }

  /** A stable id: lower-case ASCII words joined by hyphens. */
  static String slug(String s) {
    String folded = foldCase(s).replace("*", "star");
    return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  /** The start offset of the first whole word "workshop", or -1. */
  static int workshopOffset(String s) {
    Matcher m = WORKSHOP.matcher(s);
    return m.find() ? m.start() : -1;
  }
}
