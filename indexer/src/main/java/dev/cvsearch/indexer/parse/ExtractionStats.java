package dev.cvsearch.indexer.parse;

/**
 * Counters of one extraction run.
 *
 * @param filesSeen files found under the inputs
 * @param filesRead files a reader accepted (possibly with some lines skipped)
 * @param filesSkipped files skipped whole
 * @param itemsRead person and work records the readers produced
 * @param workItems work records the readers produced
 * @param duplicatesMerged work records folded into another (same work, another source)
 * @param millis wall time
 */
public record ExtractionStats(
    int filesSeen,
    int filesRead,
    int filesSkipped,
    long itemsRead,
    long workItems,
    long duplicatesMerged,
    long millis) {}
