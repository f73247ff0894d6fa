package dev.cvsearch.indexer.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TitleKeysTest {
  @Test
  void keys_ignore_case_accents_and_punctuation() {
    assertThat(TitleKeys.key("Efficient And Scalable — Neural Coding, Revisited!"))
        .isEqualTo(TitleKeys.key("efficient and scalable neural coding revisited"));
    assertThat(TitleKeys.key("Über Café")).isEqualTo("uber cafe");
  }

  @Test
  void bounded_distance_counts_small_typos_and_gives_up_on_large_ones() {
    assertThat(TitleKeys.boundedDistance("end to end dialogue", "end ro end dialogue", 2)).isEqualTo(1);
    assertThat(TitleKeys.boundedDistance("abc", "abc", 1)).isZero();
    assertThat(TitleKeys.boundedDistance("kitten", "sitting", 3)).isEqualTo(3);
    assertThat(TitleKeys.boundedDistance("kitten", "sitting", 2)).isEqualTo(3);
    assertThat(TitleKeys.boundedDistance("a completely different", "title altogether here", 2)).isEqualTo(3);
  }

  @Test
  void banded_distance_agrees_with_the_full_one_within_the_limit() {
    Random random = new Random(7);
    for (int t = 0; t < 2000; t++) {
      String a = randomWord(random);
      String b = mutate(a, random);
      int full = full(a, b);
      int limit = 1 + random.nextInt(3);
      assertThat(TitleKeys.boundedDistance(a, b, limit)).isEqualTo(Math.min(full, limit + 1));
    }
  }

  private static String randomWord(Random r) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0, n = 5 + r.nextInt(20); i < n; i++) {
      sb.append((char) ('a' + r.nextInt(4)));
    }
    return sb.toString();
  }

  private static String mutate(String s, Random r) {
    StringBuilder sb = new StringBuilder(s);
    for (int k = r.nextInt(4); k > 0 && sb.length() > 1; k--) {
      int i = r.nextInt(sb.length());
      switch (r.nextInt(3)) {
        case 0 -> sb.deleteCharAt(i);
        case 1 -> sb.insert(i, 'z');
        default -> sb.setCharAt(i, 'y');
      }
    }
    return sb.toString();
  }

  private static int full(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
            d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
    }
    return d[a.length()][b.length()];
  }
}
