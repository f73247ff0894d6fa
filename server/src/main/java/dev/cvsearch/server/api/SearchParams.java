package dev.cvsearch.server.api;

import dev.cvsearch.indexer.model.WorkType;
import dev.cvsearch.indexer.search.InvalidRequestException;
import dev.cvsearch.indexer.search.SearchRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and validates the query parameters of {@code GET /api/search} into a {@link SearchRequest}.
 *
 * <p>Every rejection is an {@link InvalidRequestException} that names the parameter and says what
 * to send instead; the search core applies its own limits on top.
 */
public final class SearchParams {
  /** Longest query text accepted, in characters. */
  public static final int MAX_QUERY_CHARS = 500;

  /** Largest page size. */
  public static final int MAX_SIZE = 100;

  /** Deepest result reachable by paging ({@code page * size}); deeper pages cost too much. */
  public static final int MAX_DEPTH = 10_000;

  /** Most values one repeatable parameter may carry. */
  public static final int MAX_VALUES = 50;

  static final int MIN_YEAR = 1000;
  static final int MAX_YEAR = 2999;
  private static final int MAX_VALUE_CHARS = 200;

  private static final List<String> KNOWN = List.of("q", "type", "venue", "topic", "year",
      "yearFrom", "yearTo", "pubtype", "sort", "page", "size");
  private static final Set<String> SINGLE = Set.of("q", "type", "yearFrom", "yearTo", "sort", "page",
      "size");
  private static final Set<String> REPEATABLE = Set.of("venue", "topic", "year", "pubtype");

  private SearchParams() {}

  /** Validates the parameters of one request; unknown names and values are rejected. */
  public static SearchRequest parse(Map<String, List<String>> params) {
    for (var e : params.entrySet()) {
      String name = e.getKey();
      if (!SINGLE.contains(name) && !REPEATABLE.contains(name)) {
        throw new InvalidRequestException(name, "unknown parameter '" + name + "'; known: "
            + String.join(", ", KNOWN));
      }
      if (SINGLE.contains(name) && e.getValue().size() > 1) {
        throw new InvalidRequestException(name, "give '" + name + "' at most once");
      }
      if (e.getValue().size() > MAX_VALUES) {
        throw new InvalidRequestException(name,
            "too many '" + name + "' values; at most " + MAX_VALUES);
      }
    }
    String q = single(params, "q");
    if (q != null && q.length() > MAX_QUERY_CHARS) {
      throw new InvalidRequestException("q", "the query is too long (" + q.length()
          + " characters); shorten it to at most " + MAX_QUERY_CHARS);
    }
    Integer yearFrom = year(params, "yearFrom");
    Integer yearTo = year(params, "yearTo");
    if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
      throw new InvalidRequestException("yearFrom", "yearFrom (" + yearFrom
          + ") is after yearTo (" + yearTo + "); swap them or drop one");
    }
    int page = integer(params, "page", 1, 1, MAX_DEPTH);
    int size = integer(params, "size", 10, 1, MAX_SIZE);
    if ((long) page * size > MAX_DEPTH) {
      throw new InvalidRequestException("page", "page " + page + " is too deep: at most "
          + MAX_DEPTH / size + " pages of " + size + " (" + MAX_DEPTH
          + " results); narrow the search instead");
    }
    return new SearchRequest(
        q == null ? "" : q.strip(),
        type(single(params, "type")),
        values(params, "venue"),
        values(params, "topic"),
        years(params),
        yearFrom,
        yearTo,
        pubTypes(params),
        sort(single(params, "sort")),
        page,
        size);
  }

  /** The one value of a parameter; blank counts as absent, as HTML forms send empty fields. */
  private static String single(Map<String, List<String>> params, String name) {
    List<String> v = params.get(name);
    if (v == null || v.isEmpty() || v.get(0).isBlank()) {
      return null;
    }
    return v.get(0);
  }

  private static List<String> values(Map<String, List<String>> params, String name) {
    List<String> out = new ArrayList<>();
    for (String v : params.getOrDefault(name, List.of())) {
      if (v.isBlank()) {
        continue;
      }
      if (v.length() > MAX_VALUE_CHARS) {
        throw new InvalidRequestException(name,
            "a '" + name + "' value is too long; at most " + MAX_VALUE_CHARS + " characters");
      }
      if (!out.contains(v.strip())) {
        out.add(v.strip());
      }
    }
    return out;
  }

  private static String type(String raw) {
    if (raw == null) {
      return null;
    }
    String t = raw.strip().toLowerCase(Locale.ROOT);
    if (!t.equals("work") && !t.equals("person")) {
      throw new InvalidRequestException("type",
          "unknown type '" + raw + "'; use 'work' or 'person', or leave it out for both");
    }
    return t;
  }

  private static SearchRequest.Sort sort(String raw) {
    if (raw == null) {
      return SearchRequest.Sort.RELEVANCE;
    }
    return switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "relevance" -> SearchRequest.Sort.RELEVANCE;
      case "newest" -> SearchRequest.Sort.NEWEST;
      default -> throw new InvalidRequestException("sort",
          "unknown sort '" + raw + "'; use 'relevance' or 'newest'");
    };
  }

  private static List<String> pubTypes(Map<String, List<String>> params) {
    List<String> out = new ArrayList<>();
    for (String v : values(params, "pubtype")) {
      WorkType t = WorkType.fromLabel(v);
      if (t == null) {
        throw new InvalidRequestException("pubtype", "unknown pubtype '" + v + "'; use one of "
            + Arrays.stream(WorkType.values()).map(WorkType::label)
                .collect(Collectors.joining(", ")));
      }
      if (!out.contains(t.label())) {
        out.add(t.label());
      }
    }
    return out;
  }

  private static List<Integer> years(Map<String, List<String>> params) {
    List<Integer> out = new ArrayList<>();
    for (String v : values(params, "year")) {
      int y = parseYear("year", v);
      if (!out.contains(y)) {
        out.add(y);
      }
    }
    return out;
  }

  private static Integer year(Map<String, List<String>> params, String name) {
    String v = single(params, name);
    return v == null ? null : parseYear(name, v);
  }

  private static int parseYear(String name, String raw) {
    int y;
    try {
      y = Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(name,
          "'" + name + "' must be a year like 2024, not '" + raw + "'");
    }
    if (y < MIN_YEAR || y > MAX_YEAR) {
      throw new InvalidRequestException(name, "'" + name + "' must be a year between " + MIN_YEAR
          + " and " + MAX_YEAR + ", not " + y);
    }
    return y;
  }

  private static int integer(Map<String, List<String>> params, String name, int fallback, int min,
      int max) {
    String v = single(params, name);
    if (v == null) {
      return fallback;
    }
    long n;
    try {
      n = Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(name,
          "'" + name + "' must be a whole number, not '" + v + "'");
    }
    if (n < min || n > max) {
      throw new InvalidRequestException(name,
          "'" + name + "' must be between " + min + " and " + max + ", not " + v);
    }
    return (int) n;
  }
}
