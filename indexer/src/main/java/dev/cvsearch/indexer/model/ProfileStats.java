package dev.cvsearch.indexer.model;

/**
 * Counts printed on a researcher profile page. The figures are recorded as printed; some pages print
 * impossible values (an h-index above the paper count), so treat them as claims, not facts.
 */
public record ProfileStats(
    String primaryCategory, Integer hIndex, Integer papers, Integer citations, Integer novelty, Integer aiScore) {}
