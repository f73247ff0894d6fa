package dev.cvsearch.indexer.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;

/**
 * One query's page of hits, exact total and multi-select facet counts, in a single pass over the
 * matches of the text query.
 *
 * <p>Each match is checked against the request's filters through its facet ordinals ({@link
 * FacetSelection}). A match that passes every filter is a hit: it is scored, collected and counted
 * in every dimension. A match that fails exactly one filter counts only in that filter's dimension
 * — the multi-select ("drill sideways") count, which ignores a dimension's own selection. Others are
 * skipped without being scored. Lucene's {@code DrillSideways} gets the same counts but scores every
 * match; running the filtered query and then one more pass per selected dimension read the matches
 * twice or more.
 */
final class FacetedSearch {
  private FacetedSearch() {}

  /**
   * The outcome.
   *
   * @param top the page's hits, or null when none were asked for
   * @param total every hit, exactly
   * @param counts documents per facet ordinal (see {@link FacetOrdinals}), sideways for the
   *     selected dimensions
   */
  record Result(TopDocs top, long total, int[] counts) {}

  /**
   * Runs the query.
   *
   * @param hits collects the page, or null for counts only
   */
  static <C extends Collector> Result search(
      IndexSearcher searcher,
      FacetOrdinals ords,
      FacetSelection selection,
      Query text,
      CollectorManager<C, ? extends TopDocs> hits)
      throws IOException {
    return searcher.search(text, new Manager<>(ords, selection, hits));
  }

  private static final class Manager<C extends Collector>
      implements CollectorManager<Counting<C>, Result> {
    private final FacetOrdinals ords;
    private final FacetSelection selection;
    private final CollectorManager<C, ? extends TopDocs> hits;

    Manager(FacetOrdinals ords, FacetSelection selection, CollectorManager<C, ? extends TopDocs> hits) {
      this.ords = ords;
      this.selection = selection;
      this.hits = hits;
    }

    @Override
    public Counting<C> newCollector() throws IOException {
      return new Counting<>(ords, selection, hits == null ? null : hits.newCollector());
    }

    @Override
    public Result reduce(Collection<Counting<C>> collectors) throws IOException {
      int[] counts = new int[ords.size()];
      long total = 0;
      List<C> inner = new java.util.ArrayList<>();
      for (Counting<C> c : collectors) {
        for (int i = 0; i < counts.length; i++) {
          counts[i] += c.counts[i];
        }
        total += c.total;
        if (c.hits != null) {
          inner.add(c.hits);
        }
      }
      return new Result(hits == null ? null : hits.reduce(inner), total, counts);
    }
  }

  /** Counts facet values of the matches and hands the hits to the page's collector. */
  private static final class Counting<C extends Collector> implements Collector {
    private final int[] docStart;
    private final int[] ordinals;
    private final byte[] selectedDim;
    private final boolean[] allowed;
    private final int all;
    private final int[] counts;
    private final C hits;
    private long total;

    Counting(FacetOrdinals ords, FacetSelection selection, C hits) {
      this.docStart = ords.docStarts();
      this.ordinals = ords.ordinals();
      this.selectedDim = selection.selectedDim;
      this.allowed = selection.allowed;
      this.all = selection.all;
      this.counts = new int[ords.size()];
      this.hits = hits;
    }

    @Override
    public ScoreMode scoreMode() {
      return hits == null ? ScoreMode.COMPLETE_NO_SCORES : hits.scoreMode();
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      LeafCollector page = hits == null ? null : hits.getLeafCollector(context);
      int base = context.docBase;
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) throws IOException {
          if (page != null) {
            page.setScorer(scorer);
          }
        }

        @Override
        public void collect(int doc) throws IOException {
          int from = docStart[base + doc];
          int to = docStart[base + doc + 1];
          if (all != 0) {
            int passed = 0;
            for (int i = from; i < to; i++) {
              int ord = ordinals[i];
              int d = selectedDim[ord];
              if (d >= 0 && allowed[ord]) {
                passed |= 1 << d;
              }
            }
            int failed = all & ~passed;
            if (failed != 0) {
              if ((failed & (failed - 1)) == 0) {
                // Fails one filter only: counts in that dimension, sideways.
                int d = Integer.numberOfTrailingZeros(failed);
                for (int i = from; i < to; i++) {
                  if (selectedDim[ordinals[i]] == d) {
                    counts[ordinals[i]]++;
                  }
                }
              }
              return;
            }
          }
          for (int i = from; i < to; i++) {
            counts[ordinals[i]]++;
          }
          total++;
          if (page != null) {
            page.collect(doc);
          }
        }

        @Override
        public void finish() throws IOException {
          if (page != null) {
            page.finish();
          }
        }
      };
    }
  }
}
