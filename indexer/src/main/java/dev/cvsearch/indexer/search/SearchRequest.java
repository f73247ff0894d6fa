package dev.cvsearch.indexer.search;

import java.util.List;
import java.util.Objects;

/**
 * A search as users ask it: query text, filters, sort and page. Validation (lengths, ranges) happens
 * in {@link SearchService}, which throws {@link InvalidRequestException} with a message for the user.
 *
 * @param query user query syntax (words, "phrases", -exclusion, OR, title:/author:/venue:/year:, wav2*)
 * @param type "work", "person" or null for both
 * @param venues venue ids, OR-ed
 * @param topics arXiv category ids, OR-ed
 * @param years years, OR-ed
 * @param yearFrom inclusive lower bound, or null
 * @param yearTo inclusive upper bound, or null
 * @param pubTypes publication type labels, OR-ed
 * @param sort relevance or newest
 * @param page 1-based page
 * @param size hits per page
 */
public record SearchRequest(
    String query,
    String type,
    List<String> venues,
    List<String> topics,
    List<Integer> years,
    Integer yearFrom,
    Integer yearTo,
    List<String> pubTypes,
    Sort sort,
    int page,
    int size) {

  public SearchRequest {
    query = query == null ? "" : query;
    venues = present(venues);
    topics = present(topics);
    years = years == null ? List.of() : years.stream().filter(Objects::nonNull).toList();
    pubTypes = present(pubTypes);
    sort = sort == null ? Sort.RELEVANCE : sort;
  }

  /**
   * The non-blank values: a blank filter value (an empty form field, {@code --venue ""}) means no
   * filter, as it does over HTTP, rather than a facet path Lucene refuses.
   */
  private static List<String> present(List<String> values) {
    return values == null
        ? List.of()
        : values.stream().filter(v -> v != null && !v.isBlank()).toList();
  }

  /** A plain query: first page of 10, by relevance, no filters. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, null, null, null, null, Sort.RELEVANCE, 1, 10);
  }

  /** Result order. */
  public enum Sort {
    RELEVANCE,
    NEWEST
  }
}
