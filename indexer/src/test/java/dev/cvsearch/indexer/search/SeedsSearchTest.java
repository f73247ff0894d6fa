package dev.cvsearch.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvsearch.indexer.model.Work;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The must-show behaviours of issue 3 on a real index of the seeds. */
class SeedsSearchTest {
  private static SearchService search;

  @BeforeAll
  static void open() throws IOException {
    search = SearchService.open(SeedsIndex.root());
  }

  @AfterAll
  static void close() {
    search.close();
  }

  private static SearchRequest works(String q) {
    return new SearchRequest(q, "work", null, null, null, null, null, null, null, 1, 100);
  }

  private static Set<String> ids(SearchRequest r) throws IOException {
    return search.search(r).hits().stream().map(SearchHit::id).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void quantisation_and_quantization_return_the_same_works() throws IOException {
    Set<String> british = ids(works("quantisation"));
    assertThat(british).isNotEmpty().isEqualTo(ids(works("quantization")));
  }

  @Test
  void asr_and_automatic_speech_recognition_return_the_same_works() throws IOException {
    Set<String> acronym = ids(works("ASR"));
    assertThat(acronym).isNotEmpty().isEqualTo(ids(works("automatic speech recognition")));
  }

  @Test
  void wanda_plus_plus_puts_wanda_plus_plus_first() throws IOException {
    SearchResponse r = search.search(works("Wanda++"));
    assertThat(r.hits()).isNotEmpty();
    assertThat(r.hits().getFirst().title()).startsWith("Wanda++");
  }

  @Test
  void lion_matches_the_two_lion_papers_and_no_abstract_that_says_million() throws IOException {
    SearchResponse r = search.search(works("Lion"));
    assertThat(r.hits()).extracting(SearchHit::title).allMatch(t -> t.contains("Lion"));
    assertThat(r.total()).isEqualTo(2);
  }

  @Test
  void kai_zhen_as_a_person_yields_exactly_one_person_with_all_their_works() throws IOException {
    SearchResponse r =
        search.search(
            new SearchRequest("Kai Zhen", "person", null, null, null, null, null, null, null, 1, 10));
    assertThat(r.hits()).hasSize(1);
    SearchHit kai = r.hits().getFirst();
    assertThat(kai.name()).isEqualTo("Kai Zhen");
    Set<String> expected =
        SeedsIndex.extraction().works().stream()
            .filter(w -> w.people().contains(kai.id()))
            .map(Work::id)
            .collect(Collectors.toSet());
    assertThat(kai.evidence()).extracting(SearchHit.Evidence::id).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void venue_emnlp_and_year_2025_give_exactly_the_emnlp_2025_works() throws IOException {
    SearchResponse r =
        search.search(
            new SearchRequest("", null, List.of("emnlp"), null, List.of(2025), null, null, null, null, 1, 100));
    Set<String> expected =
        SeedsIndex.extraction().works().stream()
            .filter(w -> w.venue() != null && w.venue().id().equals("emnlp"))
            .filter(w -> Integer.valueOf(2025).equals(w.year()))
            .map(Work::id)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(expected).isNotEmpty();
    Set<String> got = new TreeSet<>(r.hits().stream().map(SearchHit::id).toList());
    assertThat(got).isEqualTo(expected);
    assertThat(r.total()).isEqualTo(expected.size());
  }

  @Test
  void selecting_icassp_leaves_the_other_venue_counts_as_without_it() throws IOException {
    SearchResponse all = search.search(works(""));
    SearchResponse icassp =
        search.search(
            new SearchRequest("", "work", List.of("icassp"), null, null, null, null, null, null, 1, 10));
    assertThat(icassp.facets().get("venue")).isEqualTo(all.facets().get("venue").stream()
        .map(v -> new FacetValue(v.value(), v.label(), v.count(), v.value().equals("icassp")))
        .toList());
    long expected =
        SeedsIndex.extraction().works().stream()
            .filter(w -> w.venue() != null && w.venue().id().equals("icassp"))
            .count();
    assertThat(icassp.total()).isEqualTo(expected);
    Map<String, Long> counts =
        icassp.facets().get("venue").stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count));
    assertThat(counts.get("icassp")).isEqualTo(expected);
  }

  @Test
  void a_2020_to_2022_range_counts_right() throws IOException {
    SearchResponse r =
        search.search(new SearchRequest("", "work", null, null, null, 2020, 2022, null, null, 1, 10));
    long expected =
        SeedsIndex.extraction().works().stream()
            .filter(w -> w.year() != null && w.year() >= 2020 && w.year() <= 2022)
            .count();
    assertThat(expected).isPositive();
    assertThat(r.total()).isEqualTo(expected);
    long yearCounts =
        r.facets().get("year").stream()
            .filter(v -> Integer.parseInt(v.value()) >= 2020 && Integer.parseInt(v.value()) <= 2022)
            .mapToLong(FacetValue::count)
            .sum();
    assertThat(yearCounts).isEqualTo(expected);
  }
}
