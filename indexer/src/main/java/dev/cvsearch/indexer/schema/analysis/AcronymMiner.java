package dev.cvsearch.indexer.schema.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds acronym definitions in titles and abstracts — "automatic speech recognition (ASR)" — with
 * the Schwartz–Hearst algorithm (every letter of the acronym, in order, in the words before the
 * bracket, the first one at a word start).
 *
 * <p>Guards against noise: an acronym needs two capitals; its long form two to eight content
 * words, no more than the acronym has letters (+1); a pair printed once counts only in small
 * corpora; an acronym the corpus also uses as a lower-case word ("cat", "map") is dropped, since
 * expanding that word would flood its results.
 */
public final class AcronymMiner {
  private static final Pattern DEFINITION =
      Pattern.compile("\\(\\s*([A-Za-z][A-Za-z0-9\\-]{1,9}?)(s?)\\s*[)\\];,]");
  private static final int SMALL_CORPUS = 2000;
  private static final int MAX_FORMS = 3;

  private final Map<String, Map<String, int[]>> counts = new HashMap<>();
  private final Map<String, String> printed = new HashMap<>();
  private int texts;

  /** Looks for definitions in one text. */
  public void add(String text) {
    if (text == null || text.isEmpty()) {
      return;
    }
    texts++;
    Matcher m = DEFINITION.matcher(text);
    while (m.find()) {
      String acronym = m.group(1);
      if (!looksLikeAcronym(acronym)) {
        continue;
      }
      String longForm = longForm(acronym, window(text, m.start()));
      if (longForm != null) {
        String key = acronym.toUpperCase(Locale.ROOT);
        printed.putIfAbsent(key, acronym);
        counts.computeIfAbsent(key, k -> new HashMap<>())
            .computeIfAbsent(longForm, k -> new int[1])[0]++;
      }
    }
  }

  /**
   * The pairs worth keeping, most frequent first.
   *
   * @param allTexts the same texts again, to find acronyms also used as ordinary lower-case words
   */
  public List<AcronymPair> pairs(Supplier<Stream<String>> allTexts) {
    int minCount = texts < SMALL_CORPUS ? 1 : 2;
    Map<String, List<AcronymPair>> kept = new HashMap<>();
    for (var e : counts.entrySet()) {
      List<AcronymPair> forms = new ArrayList<>();
      int best = e.getValue().values().stream().mapToInt(c -> c[0]).max().orElse(0);
      e.getValue().forEach((lf, c) -> {
        if (c[0] >= minCount && c[0] * 5 >= best) {
          forms.add(new AcronymPair(printed.get(e.getKey()), lf, c[0]));
        }
      });
      if (!forms.isEmpty()) {
        forms.sort(Comparator.comparingInt(AcronymPair::count).reversed()
            .thenComparing(AcronymPair::longForm));
        kept.put(e.getKey().toLowerCase(Locale.ROOT), forms.subList(0, Math.min(MAX_FORMS, forms.size())));
      }
    }
    dropOrdinaryWords(kept, allTexts);
    List<AcronymPair> out = new ArrayList<>();
    kept.values().forEach(out::addAll);
    out.sort(Comparator.comparingInt(AcronymPair::count).reversed()
        .thenComparing(AcronymPair::acronym).thenComparing(AcronymPair::longForm));
    return out;
  }

  private static void dropOrdinaryWords(
      Map<String, List<AcronymPair>> kept, Supplier<Stream<String>> allTexts) {
    Map<String, int[]> lowerUse = new HashMap<>();
    try (Stream<String> s = allTexts.get()) {
      s.forEach(text -> {
        if (text == null) {
          return;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
          while (i < n && !Character.isLetter(text.charAt(i))) {
            i++;
          }
          int start = i;
          boolean lower = true;
          while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
            lower &= !Character.isUpperCase(text.charAt(i));
            i++;
          }
          if (lower && i - start >= 2 && i - start <= 10) {
            String w = text.substring(start, i);
            if (kept.containsKey(w)) {
              lowerUse.computeIfAbsent(w, k -> new int[1])[0]++;
            }
          }
        }
      });
    }
    lowerUse.forEach((w, c) -> {
      if (c[0] >= 2) {
        kept.remove(w);
      }
    });
  }

  static boolean looksLikeAcronym(String s) {
    int upper = 0;
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      upper += Character.isUpperCase(c) ? 1 : 0;
      letters += Character.isLetter(c) ? 1 : 0;
    }
    return upper >= 2 && letters >= 2 && upper * 2 >= letters;
  }

  /** The words before the bracket, within the sentence, at most 12 of them. */
  private static String window(String text, int bracket) {
    int start = bracket;
    int words = 0;
    while (start > 0) {
      char c = text.charAt(start - 1);
      if (c == '.' || c == ';' || c == ':' || c == '(' || c == ')' || c == '\n') {
        break;
      }
      if (c == ' ' && start < bracket && text.charAt(start) != ' ' && ++words > 12) {
        break;
      }
      start--;
    }
    return text.substring(start, bracket).trim();
  }

  /** Schwartz–Hearst: the shortest suffix of the window that spells the acronym. */
  static String longForm(String acronym, String window) {
    if (window.isEmpty()) {
      return null;
    }
    int s = acronym.length() - 1;
    int l = window.length() - 1;
    for (; s >= 0; s--) {
      char c = Character.toLowerCase(acronym.charAt(s));
      if (!Character.isLetterOrDigit(c)) {
        continue;
      }
      while ((l >= 0 && Character.toLowerCase(window.charAt(l)) != c)
          || (s == 0 && l > 0 && Character.isLetterOrDigit(window.charAt(l - 1)))) {
        l--;
      }
      if (l < 0) {
        return null;
      }
      l--;
    }
    int from = window.lastIndexOf(' ', l) + 1;
    String lf = window.substring(from).replaceAll("[^\\p{L}\\p{N}]+", " ").trim()
        .toLowerCase(Locale.ROOT);
    long content = Stream.of(lf.split(" "))
        .filter(w -> !w.isEmpty() && !TextAnalyzer.STOP_WORDS.contains(w)).count();
    int letters = (int) acronym.chars().filter(Character::isLetterOrDigit).count();
    if (content < 2 || content > 8 || content > letters + 1 || lf.length() > 80) {
      return null;
    }
    return lf;
  }
}
