package dev.cvsearch.server.bench;

import dev.cvsearch.indexer.search.SearchRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One query of the mix, asked of both systems: words (or a "phrase"), an optional type and at most
 * one value per filter dimension. Every query asks for the first 10 hits and the facet counts.
 *
 * @param kind what the query exercises
 * @param text the query text as a user types it
 * @param type "person" for people queries, else null (works and people)
 * @param venue venue id filter, or null
 * @param topic arXiv category filter, or null
 * @param year year filter, or null
 */
public record BenchQuery(
    Kind kind, String text, String type, String venue, String topic, Integer year) {
  /** Hits per query, as a results page shows them. */
  public static final int HITS = 10;

  /** What a query exercises. */
  public enum Kind {
    KEYWORDS,
    FILTERED,
    PHRASE,
    PERSON
  }

  /** The same query for our search core. */
  public SearchRequest request() {
    return new SearchRequest(
        text,
        type,
        venue == null ? null : List.of(venue),
        topic == null ? null : List.of(topic),
        year == null ? null : List.of(year),
        null,
        null,
        null,
        SearchRequest.Sort.RELEVANCE,
        1,
        HITS);
  }

  /** The URL query string (without "?"), the same for our API and the baseline's endpoint. */
  public String queryString() {
    List<String> parts = new ArrayList<>();
    parts.add("q=" + enc(text));
    if (type != null) {
      parts.add("type=" + enc(type));
    }
    if (venue != null) {
      parts.add("venue=" + enc(venue));
    }
    if (topic != null) {
      parts.add("topic=" + enc(topic));
    }
    if (year != null) {
      parts.add("year=" + year);
    }
    parts.add("page=1");
    parts.add("size=" + HITS);
    return String.join("&", parts);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
