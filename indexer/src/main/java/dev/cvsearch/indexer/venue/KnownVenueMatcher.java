package dev.cvsearch.indexer.venue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dictionary venues a printed text names, best evidence first: a parenthesised acronym,
 * the whole cleaned name, the longest leading name, a leading name after a separator, then a bare
 * acronym token. Each hit records where in the text it was found, so callers can tell "ICLR
 * Workshop on X" (host before the word Workshop) from "Workshop on X at ACL" (host after it).
 */
final class KnownVenueMatcher {
  /** A dictionary entry named at {@code offset} of {@code text}. */
  record Hit(VenueEntry entry, String text, int offset, int words) {
    Hit(VenueEntry entry, String text, int offset) {
      this(entry, text, offset, 0);
    }
  }

  private static final Pattern PARENS = Pattern.compile("\\(([^()]*)\\)");
  private static final Pattern NOT_A_NAME =
      Pattern.compile(
          "(?i)^(?:vol(?:ume|\\.)?|long|short|demo|system|student|tutorial|industry|oral|poster"
              + "|main|companion|part|\\d).*");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}*']+");
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}*+/&-]+");
  private static final Pattern SEPARATOR = Pattern.compile("\\s*[,:;]\\s+|\\s+-\\s+");
  private static final Pattern BOUNDARY =
      Pattern.compile(
          "(?i)^(?:$|[,.:;(/-]|and\\b|&|workshops?\\b|student research|main conference|volume\\b"
              + "|\\d+\\b|(?-i:[IVXLC]+\\b)|abstracts\\b|papers\\b|proceedings\\b|formerly\\b"
              + "|companion\\b|demo|short papers|long papers|posters?\\b|tutorial|findings\\b"
              + "|shared task|system demonstrations|industry track|(?:19|20)\\d\\d\\b)");
  private static final int MAX_PREFIX_WORDS = 30;

  private final VenueDictionary dictionary;

  KnownVenueMatcher(VenueDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** All hits in order of preference; the text must already be tidied and its prefix stripped. */
  List<Hit> hits(String text) {
    List<Hit> hits = new ArrayList<>();
    Matcher paren = PARENS.matcher(text);
    while (paren.find()) {
      String inside = cleanAcronym(paren.group(1));
      if (!inside.isEmpty() && !NOT_A_NAME.matcher(inside).matches()) {
        lookupName(inside).ifPresent(e -> hits.add(new Hit(e, text, paren.start())));
      }
    }
    String base =
        VenueText.stripLeadingNoise(
            VenueText.stripYearsAndOrdinals(PARENS.matcher(text).replaceAll(" ")));
    dictionary.byKey(VenueText.key(base)).ifPresent(e -> hits.add(new Hit(e, base, 0)));
    // Of the names that start the text or one of its segments, the longest is the most specific:
    // "Human Language Technologies: The Conference of the North American Chapter of the ACL".
    List<Hit> leading = new ArrayList<>();
    leadingName(base, 0, 1).ifPresent(leading::add);
    Matcher sep = SEPARATOR.matcher(base);
    while (sep.find()) {
      leadingName(base, sep.end(), 2).ifPresent(leading::add);
    }
    leading.sort(Comparator.comparingInt(Hit::words).reversed());
    hits.addAll(leading);
    Matcher token = TOKEN.matcher(base);
    while (token.find()) {
      acronymToken(token.group()).ifPresent(e -> hits.add(new Hit(e, base, token.start())));
    }
    return hits;
  }

  /**
   * The entry a bare token names: an acronym as spelled ("NeurIPS"), or in capitals for curated
   * venues ("Coling"), or without separators ("JEP-TALN-RECITAL"). Short generated acronyms are
   * skipped, since bare three-letter tokens are too often something else.
   */
  private Optional<VenueEntry> acronymToken(String token) {
    String word = token.replaceAll("-?\\d{2,4}$", "");
    if (word.isEmpty()) {
      return Optional.empty();
    }
    Optional<VenueEntry> entry = dictionary.byAcronym(word);
    if (entry.isEmpty() && Character.isUpperCase(word.charAt(0))) {
      entry = dictionary.byAcronym(word.toUpperCase(Locale.ROOT)).filter(VenueEntry::curated);
    }
    if (entry.isEmpty() && word.matches(".*\\p{Lu}.*[-/+].*\\p{Lu}.*")) {
      entry = dictionary.byCompact(word);
    }
    return entry.filter(e -> e.curated() || word.length() >= 4);
  }

  /** The entry for a whole name or acronym ("EMNLP 2025", "IEEE/ACM TASLP", "W-NUT"). */
  Optional<VenueEntry> lookupName(String name) {
    String cleaned = cleanAcronym(name);
    Optional<VenueEntry> byKey = dictionary.byKey(VenueText.key(cleaned));
    if (byKey.isPresent() || cleaned.contains(" ")) {
      return byKey;
    }
    // "MUC-4", "TAG+6": an edition number glued to the acronym.
    return dictionary
        .byCompact(cleaned)
        .or(() -> dictionary.byCompact(cleaned.replaceAll("(?:[-+]?\\d+|[-+\\s][IVX]+)$", "")));
  }

  /** Strips years, ordinals and stray punctuation from a parenthesised or bare acronym. */
  static String cleanAcronym(String s) {
    return VenueText.stripYearsAndOrdinals(VenueText.tidy(s))
        .replaceAll("^[\\s,.;:-]+|[\\s,.;:-]+$", "");
  }

  /**
   * The longest dictionary name that starts at {@code from} and ends at a plausible boundary (end,
   * punctuation, "and the ...", "Workshop", "Volume ..."), with at least {@code minWords} key
   * words.
   */
  private Optional<Hit> leadingName(String base, int from, int minWords) {
    List<Integer> ends = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    StringBuilder key = new StringBuilder();
    int keyWords = 0;
    String segment = base.substring(from);
    int start = from + segment.length() - VenueText.stripLeadingNoise(segment).length();
    Matcher word = WORD.matcher(base);
    word.region(start, base.length());
    while (word.find() && ends.size() < MAX_PREFIX_WORDS) {
      List<String> parts = VenueText.keyTokens(word.group());
      for (String part : parts) {
        key.append(key.isEmpty() ? "" : " ").append(part);
        keyWords++;
      }
      ends.add(word.end());
      counts.add(keyWords);
      keys.add(keyWords >= minWords ? key.toString() : "");
    }
    for (int i = keys.size() - 1; i >= 0; i--) {
      Optional<VenueEntry> entry = dictionary.byKey(keys.get(i));
      if (entry.isPresent() && BOUNDARY.matcher(base.substring(ends.get(i)).trim()).find()) {
        return Optional.of(new Hit(entry.get(), base, from, counts.get(i)));
      }
    }
    return Optional.empty();
  }
}
