package dev.cvsearch.indexer.search;

import java.util.Locale;

/** Checks the parts of a {@link SearchRequest} users can get wrong, with messages they can act on. */
final class Validation {
  /** Deepest result reachable by paging: page × size. */
  static final int MAX_DEPTH = 10_000;

  /** Largest page. */
  static final int MAX_SIZE = 100;

  private Validation() {}

  static void check(SearchRequest r) {
    if (r.size() < 1 || r.size() > MAX_SIZE) {
      throw new InvalidRequestException(
          "size", String.format(Locale.ROOT, "size must be 1..%d, was %d", MAX_SIZE, r.size()));
    }
    if (r.page() < 1) {
      throw new InvalidRequestException(
          "page", String.format(Locale.ROOT, "page must be 1 or more, was %d", r.page()));
    }
    if ((long) r.page() * r.size() > MAX_DEPTH) {
      throw new InvalidRequestException(
          "page",
          String.format(
              Locale.ROOT,
              "page %d of size %d reaches past result %d; narrow the search instead",
              r.page(),
              r.size(),
              MAX_DEPTH));
    }
    if (r.type() != null
        && !r.type().equals(HitFactory.WORK)
        && !r.type().equals(HitFactory.PERSON)) {
      throw new InvalidRequestException(
          "type", "type must be work or person, was " + quoted(r.type()));
    }
    if (r.yearFrom() != null && r.yearTo() != null && r.yearFrom() > r.yearTo()) {
      throw new InvalidRequestException(
          "yearFrom",
          String.format(
              Locale.ROOT, "yearFrom %d is after yearTo %d", r.yearFrom(), r.yearTo()));
    }
  }

  private static String quoted(String s) {
    String cut = s.length() > 40 ? s.substring(0, 40) + "…" : s;
    return "\"" + cut + "\"";
  }
}
