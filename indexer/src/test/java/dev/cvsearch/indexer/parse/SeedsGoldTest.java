package dev.cvsearch.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cvsearch.indexer.Json;
import dev.cvsearch.indexer.SharedData;
import dev.cvsearch.indexer.merge.TitleKeys;
import dev.cvsearch.indexer.model.Source;
import dev.cvsearch.indexer.model.Work;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Extraction over the seed documents against the gold standard ({@code shared/gold/seeds.json}):
 * the product's acceptance bar for extraction.
 */
class SeedsGoldTest {
  private static Extraction extraction;
  private static JsonNode gold;
  private static final Map<String, Work> MATCH = new HashMap<>();

  @BeforeAll
  static void extractSeeds() throws IOException {
    extraction = new Extractor(ParseContext.standard(), f -> {})
        .extract(List.of(SharedData.resolve("seeds")));
    gold = Json.MAPPER.readTree(SharedData.resolve("gold/seeds.json").toFile());
    Map<String, Work> byKey = new HashMap<>();
    for (Work w : extraction.works()) {
      byKey.putIfAbsent(TitleKeys.key(w.title()), w);
      w.titleVariants().forEach(v -> byKey.putIfAbsent(TitleKeys.key(v), w));
    }
    for (JsonNode p : gold.get("publications")) {
      Work w = byKey.get(TitleKeys.key(p.get("title").asText()));
      if (w == null) {
        for (JsonNode v : p.get("title_variants")) {
          w = w != null ? w : byKey.get(TitleKeys.key(v.asText()));
        }
      }
      if (w != null) {
        MATCH.put(p.get("key").asText(), w);
      }
    }
    printReport();
  }

  @Test
  void seeds_yield_exactly_65_works_and_4_people() {
    assertThat(extraction.works()).hasSize(65);
    assertThat(extraction.people()).hasSize(4);
    assertThat(extraction.skipped()).isEmpty();
  }

  @Test
  void titles_have_precision_and_recall_of_at_least_098() {
    Set<Work> matched = new HashSet<>(MATCH.values());
    double precision = (double) matched.size() / extraction.works().size();
    double recall = (double) MATCH.size() / gold.get("publications").size();
    assertThat(precision).isGreaterThanOrEqualTo(0.98);
    assertThat(recall).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void venues_are_at_least_95_percent_right() {
    assertThat(score(SeedsGoldTest::venueRight)).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void years_are_at_least_98_percent_right() {
    assertThat(score(SeedsGoldTest::yearRight)).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void types_are_at_least_90_percent_right() {
    assertThat(score(SeedsGoldTest::typeRight)).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void every_multi_source_work_is_one_record_with_all_its_sources() {
    List<String> wrong = new ArrayList<>();
    for (JsonNode p : gold.get("publications")) {
      if (p.get("sources").size() < 2) {
        continue;
      }
      Work w = MATCH.get(p.get("key").asText());
      if (w == null || !sourceSet(w).equals(goldSources(p))) {
        wrong.add(p.get("key").asText());
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void kai_zhen_kai_wei_and_zhen_zhang_are_not_conflated() {
    Work mazo = MATCH.get("mazo");
    Work prosody = MATCH.get("neural-prosody-encoder-dac");
    assertThat(mazo.people()).containsExactlyInAnyOrder("kai-zhen", "nathan-susanj");
    assertThat(prosody.people()).containsExactly("nathan-susanj");
    assertThat(MATCH.get("vnm-sparsity").people()).containsExactly("zhaofeng-sun");
  }

  private interface Check {
    boolean right(JsonNode gold, Work ours);
  }

  private static double score(Check check) {
    int right = 0;
    for (JsonNode p : gold.get("publications")) {
      Work w = MATCH.get(p.get("key").asText());
      if (w != null && check.right(p, w)) {
        right++;
      }
    }
    return (double) right / gold.get("publications").size();
  }

  private static boolean venueRight(JsonNode p, Work w) {
    String expected = p.get("venue").isNull() ? null : p.get("venue").asText();
    String actual = w.venue() == null ? null : w.venue().name();
    return expected == null ? actual == null
        : actual != null && expected.toLowerCase(Locale.ROOT).equals(actual.toLowerCase(Locale.ROOT));
  }

  private static boolean yearRight(JsonNode p, Work w) {
    Integer expected = p.get("year").isNull() ? null : p.get("year").asInt();
    return Objects.equals(expected, w.year());
  }

  private static boolean typeRight(JsonNode p, Work w) {
    return p.get("type").asText().equals(w.type().label());
  }

  private static Set<String> sourceSet(Work w) {
    Set<String> s = new TreeSet<>();
    for (Source src : w.sources()) {
      s.add(src.file() + "#" + src.position());
    }
    return s;
  }

  private static Set<String> goldSources(JsonNode p) {
    Set<String> s = new TreeSet<>();
    for (JsonNode src : p.get("sources")) {
      s.add(src.get("file").asText() + "#" + src.get("position").asInt());
    }
    return s;
  }

  private static void printReport() {
    int n = gold.get("publications").size();
    System.out.printf(Locale.ROOT, "%nSeeds vs gold: %d works (gold %d), %d people (gold 4)%n",
        extraction.works().size(), n, extraction.people().size());
    System.out.printf(Locale.ROOT, "  title recall %.3f, precision %.3f%n", (double) MATCH.size() / n,
        (double) new HashSet<>(MATCH.values()).size() / Math.max(1, extraction.works().size()));
    System.out.printf(Locale.ROOT, "  venue %.3f  year %.3f  type %.3f%n", score(SeedsGoldTest::venueRight),
        score(SeedsGoldTest::yearRight), score(SeedsGoldTest::typeRight));
    for (JsonNode p : gold.get("publications")) {
      Work w = MATCH.get(p.get("key").asText());
      if (w == null) {
        System.out.println("  MISSING " + p.get("key").asText() + ": " + p.get("title").asText());
        continue;
      }
      List<String> diffs = new ArrayList<>();
      if (!venueRight(p, w)) {
        diffs.add("venue " + w.venue() + " ≠ " + p.get("venue"));
      }
      if (!yearRight(p, w)) {
        diffs.add("year " + w.year() + " ≠ " + p.get("year"));
      }
      if (!typeRight(p, w)) {
        diffs.add("type " + w.type().label() + " ≠ " + p.get("type"));
      }
      if (!sourceSet(w).equals(goldSources(p))) {
        diffs.add("sources " + sourceSet(w) + " ≠ " + goldSources(p));
      }
      if (!diffs.isEmpty()) {
        System.out.println("  " + p.get("key").asText() + ": " + String.join("; ", diffs));
      }
    }
    Set<Work> matched = new HashSet<>(MATCH.values());
    for (Work w : extraction.works()) {
      if (!matched.contains(w)) {
        System.out.println("  EXTRA " + w.title() + " " + sourceSet(w));
      }
    }
    extraction.skipped().forEach(s -> System.out.println("  SKIPPED " + s));
  }
}
