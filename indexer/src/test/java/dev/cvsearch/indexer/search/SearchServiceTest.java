package dev.cvsearch.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests, pages, highlights, suggestions, details and the live swap, on the seeds index. */
class SearchServiceTest {
  private static SearchService search;

  @BeforeAll
  static void open() throws IOException {
    search = SearchService.open(SeedsIndex.root());
  }

  @AfterAll
  static void close() {
    search.close();
  }

  private static SearchRequest page(String q, int page, int size) {
    return new SearchRequest(q, null, null, null, null, null, null, null, null, page, size);
  }

  @Test
  void an_empty_index_returns_zero_hits_and_empty_facets(@TempDir Path dir) throws IOException {
    try (SearchService empty = SearchService.open(dir)) {
      SearchResponse r = empty.search(SearchRequest.of("speech"));
      assertThat(r.total()).isZero();
      assertThat(r.hits()).isEmpty();
      assertThat(r.facets().values()).allMatch(List::isEmpty);
      assertThat(empty.suggest("sp", 5)).isEmpty();
      assertThat(empty.work("x")).isEmpty();
    }
  }

  @Test
  void facets_come_in_the_order_of_their_dimensions_every_time() throws IOException {
    SearchResponse r = search.search(SearchRequest.of("speech"));
    assertThat(r.facets().keySet())
        .containsExactlyElementsOf(dev.cvsearch.indexer.schema.Fields.FACET_DIMS);
  }

  @Test
  void paging_past_10000_results_is_a_clear_error() {
    assertThatThrownBy(() -> search.search(page("speech", 1001, 10)))
        .isInstanceOf(InvalidRequestException.class)
        .extracting(e -> ((InvalidRequestException) e).parameter())
        .isEqualTo("page");
  }

  @Test
  void totals_are_exact_and_pages_do_not_overlap() throws IOException {
    SearchResponse first = search.search(page("", 1, 10));
    SearchResponse second = search.search(page("", 2, 10));
    assertThat(first.total()).isEqualTo(SeedsIndex.extraction().works().size() + SeedsIndex.extraction().people().size());
    assertThat(SearchService.ids(first.hits())).doesNotContainAnyElementsOf(SearchService.ids(second.hits()));
  }

  @Test
  void highlights_are_escaped_with_only_mark_added() throws IOException {
    SearchResponse r = search.search(SearchRequest.of("pruning"));
    List<String> snippets =
        r.hits().stream().flatMap(h -> h.highlights().values().stream()).flatMap(List::stream).toList();
    assertThat(snippets).isNotEmpty().anyMatch(s -> s.contains("<mark>"));
    assertThat(snippets).allMatch(s -> s.replace("<mark>", "").replace("</mark>", "").indexOf('<') < 0);
  }

  @Test
  void newest_sort_puts_later_years_first() throws IOException {
    SearchResponse r =
        search.search(new SearchRequest("", "work", null, null, null, null, null, null, SearchRequest.Sort.NEWEST, 1, 50));
    List<Integer> years = r.hits().stream().map(SearchHit::year).filter(y -> y != null).toList();
    assertThat(years).isSortedAccordingTo((a, b) -> b - a);
  }

  @Test
  void all_words_are_required_and_relaxed_when_that_finds_nothing() throws IOException {
    long both = search.search(SearchRequest.of("pruning language")).total();
    long pruning = search.search(SearchRequest.of("pruning")).total();
    assertThat(both).isPositive().isLessThanOrEqualTo(pruning);
    assertThat(search.search(SearchRequest.of("pruning zzzqqxunmatched")).total()).isEqualTo(pruning);
  }

  @Test
  void a_people_query_of_author_names_nobody_has_is_not_relaxed_into_their_namesakes()
      throws IOException {
    // "Nathan" and "Liang" are both authors' names in the seeds, but nobody's together: relaxing
    // would offer Nathan Susanj and Kaizhao Liang for someone else.
    assertThat(search.search(people("Nathan Liang")).hits()).isEmpty();
    assertThat(search.search(people("Nathan Susanj")).hits())
        .extracting(SearchHit::name)
        .containsExactly("Nathan Susanj");
    // A topic is still relaxed: "zzzqqxunmatched" is nobody's name.
    assertThat(search.search(people("speech zzzqqxunmatched")).hits()).isNotEmpty();
  }

  private static SearchRequest people(String q) {
    return new SearchRequest(q, "person", null, null, null, null, null, null, null, 1, 10);
  }

  @Test
  void relaxing_three_words_first_requires_the_two_that_occur() throws IOException {
    long both = search.search(SearchRequest.of("pruning language")).total();
    long either = search.search(SearchRequest.of("pruning OR language")).total();
    assertThat(either).isGreaterThan(both);
    assertThat(search.search(SearchRequest.of("pruning language zzzqqxunmatched")).total())
        .isEqualTo(both);
  }

  @Test
  void suggestions_cover_people_and_titles() throws IOException {
    assertThat(search.suggest("Kai", 8)).anyMatch(s -> s.kind().equals("person") && s.text().equals("Kai Zhen"));
    assertThat(search.suggest("wand", 8)).anyMatch(s -> s.kind().equals("work") && s.text().startsWith("Wanda"));
  }

  @Test
  void a_misspelt_word_gets_a_did_you_mean() throws IOException {
    SearchResponse r = search.search(SearchRequest.of("prunning"));
    assertThat(r.didYouMean()).isEqualTo("pruning");
  }

  @Test
  void work_and_person_pages_link_each_other() throws IOException {
    SearchHit wanda = search.search(SearchRequest.of("Wanda++")).hits().getFirst();
    WorkDetail w = search.work(wanda.id()).orElseThrow();
    assertThat(w.people()).extracting(SearchHit.Ref::name).contains("Kai Zhen");
    PersonDetail p = search.person("kai-zhen").orElseThrow();
    assertThat(p.works()).extracting(SearchHit::id).contains(wanda.id());
    assertThat(p.years()).isNotEmpty();
    IndexInfo info = search.info();
    assertThat(info.works()).isEqualTo(SeedsIndex.extraction().works().size());
    assertThat(info.people()).isEqualTo(SeedsIndex.extraction().people().size());
  }

  @Test
  void reindexing_while_searches_run_fails_no_search(@TempDir Path root) throws Exception {
    SeedsIndex.reindex(root);
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong searches = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try (SearchService live = SearchService.open(root)) {
      List<Future<?>> workers = new java.util.ArrayList<>();
      for (int t = 0; t < 3; t++) {
        workers.add(
            pool.submit(
                () -> {
                  Random random = new Random();
                  String[] qs = {"speech", "pruning", "Kai Zhen", "", "quantization"};
                  while (!stop.get()) {
                    SearchResponse r = live.search(SearchRequest.of(qs[random.nextInt(qs.length)]));
                    assertThat(r.total()).isPositive();
                    searches.incrementAndGet();
                  }
                  return null;
                }));
      }
      for (int g = 0; g < 4; g++) {
        String generation = SeedsIndex.reindex(root);
        live.refresh();
        assertThat(live.generation()).isEqualTo(generation);
      }
      stop.set(true);
      for (Future<?> f : workers) {
        f.get(30, TimeUnit.SECONDS); // rethrows any failed search
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(searches.get()).isPositive();
  }
}
