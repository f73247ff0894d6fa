package dev.cvsearch.indexer.index;

import dev.cvsearch.indexer.parse.Skipped;
import java.util.List;

/**
 * What a reindex did, for the CLI summary, the admin route and the benchmark.
 *
 * @param generation the generation switched in, or null when nothing was readable (the previous
 *     generation keeps serving)
 * @param filesSeen supported files found under the data directory
 * @param filesRead files that gave records (possibly with some entries skipped)
 * @param filesReRead files parsed by their reader in this run
 * @param filesFromCache files replayed from the incremental cache
 * @param filesRemoved files of the previous run that are gone (incremental)
 * @param filesSkipped files skipped whole (unsupported, unreadable, not of their format)
 * @param people person documents
 * @param works work documents
 * @param workItems work records read before merging
 * @param duplicatesMerged work records folded into another
 * @param skipped everything skipped, files and lines, with reasons
 * @param minedAcronyms acronym pairs mined from the corpus
 * @param indexBytes size of the new generation on disk
 * @param removedGenerations old or half-built generations deleted
 * @param millis wall time
 */
public record ReindexResult(
    String generation,
    int filesSeen,
    int filesRead,
    int filesReRead,
    int filesFromCache,
    int filesRemoved,
    int filesSkipped,
    long people,
    long works,
    long workItems,
    long duplicatesMerged,
    List<Skipped> skipped,
    int minedAcronyms,
    long indexBytes,
    List<String> removedGenerations,
    long millis) {
  public ReindexResult {
    skipped = List.copyOf(skipped);
    removedGenerations = List.copyOf(removedGenerations);
  }

  /** True when a new generation went live. */
  public boolean built() {
    return generation != null;
  }
}
