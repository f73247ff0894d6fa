package dev.cvsearch.indexer.search;

import java.util.Map;

/**
 * What the live index holds, for /api/stats and the CLI.
 *
 * @param works work documents
 * @param people person documents
 * @param bySourceFormat works per source format ("cv", "bibtex", "arxiv-jsonl"…)
 * @param byVenue works per venue name (top venues)
 * @param generation the live index generation
 * @param builtAt ISO-8601 instant the generation was committed
 * @param sizeBytes index size on disk
 */
public record IndexInfo(
    long works,
    long people,
    Map<String, Long> bySourceFormat,
    Map<String, Long> byVenue,
    String generation,
    String builtAt,
    long sizeBytes) {}
