package dev.cvsearch.indexer.search;

/**
 * One value of a facet dimension.
 *
 * @param value what a filter parameter takes ("eess.AS", "emnlp", "2024")
 * @param label what users read ("Audio and Speech Processing", "EMNLP")
 * @param count matching documents; within a dimension the counts ignore that dimension's own
 *     selection (multi-select)
 * @param selected whether the request filters on this value
 */
public record FacetValue(String value, String label, long count, boolean selected) {}
