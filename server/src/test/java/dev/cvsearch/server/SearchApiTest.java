package dev.cvsearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvsearch.indexer.search.FacetValue;
import dev.cvsearch.indexer.search.SearchHit;
import dev.cvsearch.indexer.search.SearchResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /api/search over the real seed index: shape, multi-select facets, ranges, sort, paging. */
class SearchApiTest {
  private static TestServer server;

  @BeforeAll
  static void start() throws IOException {
    server = TestServer.start(SeedIndex.searcher());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static SearchResponse search(String query) {
    return server.getJson("/api/search?" + query, SearchResponse.class);
  }

  @Test
  void search_returns_hits_with_highlights_facets_and_an_exact_total() {
    SearchResponse r = search("q=speech&size=5");
    assertThat(r.total()).isGreaterThan(5);
    assertThat(r.page()).isEqualTo(1);
    assertThat(r.size()).isEqualTo(5);
    assertThat(r.hits()).hasSize(5);
    assertThat(r.facets()).containsKeys("venue", "topic", "year", "type");
    for (SearchHit hit : r.hits()) {
      assertThat(hit.id()).isNotBlank();
      assertThat(hit.type()).isIn("work", "person");
      assertThat(hit.type().equals("work") ? hit.title() : hit.name()).isNotBlank();
    }
    assertThat(r.hits()).anySatisfy(h -> assertThat(h.highlights().values().stream()
        .flatMap(List::stream)).anyMatch(s -> s.contains("<mark>")));
  }

  @Test
  void the_raw_json_has_the_contract_fields() {
    String body = server.get("/api/search?q=speech&size=3").body();
    assertThat(body).contains("\"total\"", "\"page\"", "\"size\"", "\"tookMs\"", "\"hits\"",
        "\"facets\"", "\"didYouMean\"", "\"highlights\"", "\"authors\"", "\"topics\"",
        "\"selected\"", "\"label\"", "\"count\"", "\"value\"");
  }

  @Test
  void venue_selection_is_multi_select_within_the_dimension() {
    SearchResponse all = search("type=work&size=1");
    List<FacetValue> venues = all.facets().get("venue");
    assertThat(venues).hasSizeGreaterThanOrEqualTo(2);
    FacetValue a = venues.get(0);
    FacetValue b = venues.get(1);

    SearchResponse one = search("type=work&size=1&venue=" + enc(a.value()));
    assertThat(one.total()).isEqualTo(a.count());
    // The venue dimension ignores its own selection: every other venue keeps its count.
    assertThat(counts(one, "venue")).isEqualTo(counts(all, "venue"));
    assertThat(selected(one, "venue")).containsExactly(a.value());

    SearchResponse two =
        search("type=work&size=1&venue=" + enc(a.value()) + "&venue=" + enc(b.value()));
    assertThat(two.total()).isEqualTo(a.count() + b.count());
    assertThat(selected(two, "venue")).containsExactlyInAnyOrder(a.value(), b.value());
    // Other dimensions do narrow: year counts add up to the two venues' works.
    assertThat(two.facets().get("year").stream().mapToLong(FacetValue::count).sum())
        .isLessThanOrEqualTo(two.total());
    assertThat(counts(two, "year")).isNotEqualTo(counts(all, "year"));
  }

  @Test
  void year_range_keeps_only_years_inside() {
    SearchResponse all = search("type=work&size=1");
    long expected = all.facets().get("year").stream()
        .filter(f -> Integer.parseInt(f.value()) >= 2020 && Integer.parseInt(f.value()) <= 2022)
        .mapToLong(FacetValue::count).sum();
    SearchResponse r = search("type=work&yearFrom=2020&yearTo=2022&size=100");
    assertThat(r.total()).isEqualTo(expected);
    assertThat(r.hits()).allSatisfy(h -> assertThat(h.year()).isBetween(2020, 2022));
  }

  @Test
  void repeated_years_are_ored() {
    SearchResponse all = search("type=work&size=1");
    Map<String, Long> years = counts(all, "year");
    SearchResponse r = search("type=work&year=2024&year=2025&size=1");
    assertThat(r.total()).isEqualTo(years.getOrDefault("2024", 0L) + years.getOrDefault("2025", 0L));
  }

  @Test
  void type_person_returns_people_with_names() {
    SearchResponse r = search("q=speech&type=person");
    assertThat(r.hits()).isNotEmpty().allSatisfy(h -> {
      assertThat(h.type()).isEqualTo("person");
      assertThat(h.name()).isNotBlank();
    });
  }

  @Test
  void newest_sorts_by_year_descending() {
    SearchResponse r = search("type=work&sort=newest&size=50");
    List<Integer> years = r.hits().stream().map(SearchHit::year)
        .filter(java.util.Objects::nonNull).toList();
    assertThat(years).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void pages_do_not_overlap_and_keep_the_total() {
    SearchResponse p1 = search("type=work&size=5&page=1");
    SearchResponse p2 = search("type=work&size=5&page=2");
    assertThat(p2.total()).isEqualTo(p1.total());
    assertThat(p2.page()).isEqualTo(2);
    assertThat(ids(p2)).doesNotContainAnyElementsOf(ids(p1));
  }

  @Test
  void a_page_past_the_end_is_empty_not_an_error() {
    SearchResponse r = search("q=speech&size=100&page=50");
    assertThat(r.hits()).isEmpty();
    assertThat(r.total()).isPositive();
  }

  @Test
  void nonsense_query_finds_nothing_quietly() {
    SearchResponse r = search("q=zzqxjvw");
    assertThat(r.total()).isZero();
    assertThat(r.hits()).isEmpty();
  }

  private static List<String> ids(SearchResponse r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }

  private static Map<String, Long> counts(SearchResponse r, String dim) {
    return r.facets().get(dim).stream()
        .collect(Collectors.toMap(FacetValue::value, FacetValue::count));
  }

  private static List<String> selected(SearchResponse r, String dim) {
    return r.facets().get(dim).stream().filter(FacetValue::selected).map(FacetValue::value)
        .toList();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
