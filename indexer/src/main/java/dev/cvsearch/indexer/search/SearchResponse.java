package dev.cvsearch.indexer.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of results: exact total, hits, facet counts per dimension ("venue", "topic", "year",
 * "type", "pubtype"), and a spelling suggestion when the query looks misspelt.
 */
public record SearchResponse(
    long total,
    int page,
    int size,
    long tookMs,
    List<SearchHit> hits,
    Map<String, List<FacetValue>> facets,
    String didYouMean) {

  public SearchResponse {
    hits = List.copyOf(hits);
    // In the order given (the dimensions' own): Map.copyOf's order changes from run to run.
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
  }
}
