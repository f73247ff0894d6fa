package dev.cvsearch.indexer.merge;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalised title keys: what "the same title" means when merging sources. */
public final class TitleKeys {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

  private TitleKeys() {}

  /** Lower-case ASCII words joined by single spaces: case, accents and punctuation do not count. */
  public static String key(String title) {
    if (isAscii(title)) {
      return asciiKey(title); // most titles: no normalisation or regex needed
    }
    String t = Normalizer.normalize(title, Normalizer.Form.NFKD);
    t = MARKS.matcher(t).replaceAll("").toLowerCase(Locale.ROOT);
    return NON_ALNUM.matcher(t).replaceAll(" ").strip();
  }

  /** {@link #key} of a plain-ASCII title, in one pass. */
  private static String asciiKey(String title) {
    StringBuilder sb = new StringBuilder(title.length());
    boolean gap = false;
    for (int i = 0; i < title.length(); i++) {
      char c = title.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        if (gap && !sb.isEmpty()) {
          sb.append(' ');
        }
        gap = false;
        sb.append(c);
      } else {
        gap = true;
      }
    }
    return sb.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  /** A URL-safe slug of the first words of the title. */
  public static String slug(String title, int maxChars) {
    return slugOfKey(key(title), maxChars);
  }

  /** The slug of a title whose {@link #key} is known. */
  static String slugOfKey(String key, int maxChars) {
    String k = key.replace(' ', '-');
    if (k.length() <= maxChars) {
      return k;
    }
    int cut = k.lastIndexOf('-', maxChars);
    return k.substring(0, cut > 10 ? cut : maxChars);
  }

  /**
   * Edit distance between two keys, giving up (returning {@code limit + 1}) as soon as it must exceed
   * the limit: small typos merge, different titles are rejected quickly. Only the diagonal band of
   * width {@code 2 * limit + 1} is computed, so the cost is linear in the key length.
   */
  public static int boundedDistance(String a, String b, int limit) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > limit) {
      return limit + 1;
    }
    int big = limit + 1;
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j <= limit ? j : big;
    }
    for (int i = 1; i <= n; i++) {
      int from = Math.max(1, i - limit);
      int to = Math.min(m, i + limit);
      cur[0] = i <= limit ? i : big;
      if (from > 1) {
        cur[from - 1] = big;
      }
      int rowMin = cur[0];
      for (int j = from; j <= to; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(prev[j - 1] + cost, Math.min(cur[j - 1], prev[j]) + 1);
        cur[j] = Math.min(v, big);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (to < m) {
        cur[to + 1] = big;
      }
      if (rowMin > limit) {
        return big;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[m], big);
  }
}
