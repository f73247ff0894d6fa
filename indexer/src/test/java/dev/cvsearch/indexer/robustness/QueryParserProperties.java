package dev.cvsearch.indexer.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cvsearch.indexer.SharedData;
import dev.cvsearch.indexer.index.Reindexer;
import dev.cvsearch.indexer.search.InvalidRequestException;
import dev.cvsearch.indexer.search.SearchRequest;
import dev.cvsearch.indexer.search.SearchResponse;
import dev.cvsearch.indexer.search.SearchService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The user query syntax end to end (parser, query factory, search, facets, highlights,
 * did-you-mean) on random text over a real seeds index: a search either answers or refuses with an
 * {@link InvalidRequestException} about the query's length or complexity, never anything else.
 */
class QueryParserProperties {
  private static Path dir;
  private static SearchService service;

  @BeforeAll
  static void seedsIndex() throws IOException {
    dir = Files.createTempDirectory("cvsearch-query-props-");
    new Reindexer(line -> {})
        .run(new Reindexer.Options(SharedData.resolve("seeds"), dir.resolve("index"), false));
    service = SearchService.open(dir.resolve("index"));
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Pieces of the syntax and of what users paste, glued at random. */
  private static final String[] QUERY_PIECES = {
    " ", "  ", "\"", "'", "(", ")", "-", "+", "*", "**", "?", "~", "^2", ":", "\\", "/", "OR", " OR ",
    "AND", "NOT", "|", "&&", "title:", "author:", "authors:", "venue:", "year:", "year:2024",
    "year:2020..2022", "year:2022-2020", "year:99999", "year:0000..9999", "wav2*", "a*", "*x",
    "speech", "recognition", "ASR", "LLM", "Wanda++", "RNN-T", "V:N:M", "sub-8-bit", "Lion",
    "\u0000", "\t", "\n", "é", "漢字", "🙂", "\uD800", "<script>", "&amp;", "%00", "[", "]", "{",
    "}", "!", ";", "..", "–"
  };
  private static final long SEED = 20261124L;

  @Test
  void a_random_query_is_answered_or_refused_as_too_long_or_too_complex() throws IOException {
    Random random = new Random(SEED);
    for (int i = 0; i < 400; i++) {
      assertAnsweredOrRefused(RandomInputs.glued(random, QUERY_PIECES, 80));
    }
  }

  @Test
  void arbitrary_unicode_is_answered_or_refused_as_too_long_or_too_complex() throws IOException {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < 200; i++) {
      assertAnsweredOrRefused(RandomInputs.unicode(random, 600));
    }
  }

  @Test
  void a_random_query_with_filters_and_paging_is_answered_or_refused() throws IOException {
    Random random = new Random(SEED + 2);
    String[] types = {"work", "person", null};
    for (int i = 0; i < 100; i++) {
      String query = RandomInputs.glued(random, QUERY_PIECES, 80);
      String type = types[random.nextInt(types.length)];
      SearchRequest.Sort sort = SearchRequest.Sort.values()[random.nextInt(2)];
      SearchRequest r = new SearchRequest(query, type, List.of("icassp", query), List.of("eess.AS"),
          List.of(2022), 1990, 2030, List.of(), sort, 2, 5);
      try {
        SearchResponse answer = service.search(r);
        assertThat(answer.total()).as(query).isNotNegative();
      } catch (InvalidRequestException refused) {
        assertThat(refused.parameter()).as(query).isEqualTo("q");
      }
    }
  }

  @Test
  void people_without_query_words_are_everyone_ranked_by_their_works() throws IOException {
    for (String q : List.of("", "(", "\"\"", "-")) {
      SearchRequest r =
          new SearchRequest(q, "person", null, null, null, null, null, null, null, 1, 10);
      assertThat(service.search(r).total()).as("'%s'", q).isPositive();
    }
  }

  @Test
  void a_blank_filter_value_means_no_filter() throws IOException {
    SearchRequest blank = new SearchRequest("speech", null, List.of(" "), List.of(""), null, null,
        null, List.of(""), null, 1, 10);
    assertThat(service.search(blank).total())
        .isEqualTo(service.search(SearchRequest.of("speech")).total());
  }

  @Test
  void a_short_query_that_expands_to_thousands_of_terms_is_refused_as_too_complex() {
    // 240 Hangul syllables glued by a symbol: one "word" under 500 characters, 240 tokens, each
    // looked up in every field.
    StringBuilder glued = new StringBuilder();
    for (int i = 0; i < 240; i++) {
      glued.append(i == 0 ? "" : "\u2958").append((char) (0xAC00 + 13 * i));
    }
    assertThatThrownBy(() -> service.search(SearchRequest.of(glued.toString())))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("too complex");
  }

  private static void assertAnsweredOrRefused(String query) throws IOException {
    try {
      SearchResponse answer = service.search(SearchRequest.of(query));
      assertThat(answer.total()).as(query).isNotNegative();
      assertThat(answer.hits()).allSatisfy(h -> assertThat(h.id()).isNotBlank());
      // Suggestions take the same text as typed.
      service.suggest(query, 8);
    } catch (InvalidRequestException refused) {
      assertThat(refused.parameter()).as(query).isEqualTo("q");
      assertThat(refused.getMessage()).as(query).containsAnyOf("too long", "too complex");
    }
  }
}
