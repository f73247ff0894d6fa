package dev.cvsearch.indexer.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.FixedBitSet;

/**
 * One query's page of hits, exact total and multi-select facet counts, in a single pass over the
 * matches of the text query.
 *
 * <p>Each match is checked against the request's filters ({@link FacetSelection}), as bit sets of
 * the documents each lets through. A match that passes every filter is a hit: it is scored, collected and counted
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

  /** The page's collector when only counts are asked for. */
  private static final LeafCollector NO_PAGE =
      new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) {}
      };

  /** Counts facet values of the matches and hands the hits to the page's collector. */
  private static final class Counting<C extends Collector> implements Collector {
    private final FacetOrdinals ords;
    private final byte[] selectedDim;
    private final int[][] allowedOrds;
    private final int all;
    private final int[] counts;
    private final C hits;
    private long total;

    Counting(FacetOrdinals ords, FacetSelection selection, C hits) {
      this.ords = ords;
      this.selectedDim = selection.selectedDim;
      this.allowedOrds = selection.allowedOrds;
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
      LeafCollector page = hits == null ? NO_PAGE : hits.getLeafCollector(context);
      return all == 0 ? new Unfiltered(context.docBase, page) : new Filtered(context, page);
    }

    /**
     * Without filters every match is a hit; its values are counted a batch at a time. The slot of
     * a match is a cache miss, and a tight loop over a batch lets the processor wait for several
     * at once, where counting each match between the scorer's work waits for one after another.
     */
    private class Unfiltered implements LeafCollector {
      static final int BATCH = 128;
      final int base;
      final LeafCollector page;
      private final int[] batch = new int[BATCH];
      private int size;

      Unfiltered(int base, LeafCollector page) {
        this.base = base;
        this.page = page;
      }

      @Override
      public void setScorer(Scorable scorer) throws IOException {
        page.setScorer(scorer);
      }

      @Override
      public void collect(int doc) throws IOException {
        page.collect(doc);
        batch[size++] = base + doc;
        if (size == BATCH) {
          flush();
        }
      }

      private void flush() {
        ords.count(batch, size, counts);
        total += size;
        size = 0;
      }

      @Override
      public void finish() throws IOException {
        flush();
        page.finish();
      }
    }

    /**
     * With filters, whether a match is a hit decides whether it is scored: each filter is a bit set
     * of the documents it lets through, built from the postings of its values' drill-down terms,
     * small enough to stay in the processor's cache. A hit, or a match that fails one filter only
     * (it counts sideways, in that filter's dimension), has its values counted a batch at a time
     * as without filters; a match that fails two filters counts nowhere.
     */
    private final class Filtered extends Unfiltered {
      private final FixedBitSet[] passes;
      private final int[] sideBatch = new int[BATCH];
      private final byte[] sideDim = new byte[BATCH];
      private int sideSize;

      Filtered(LeafReaderContext context, LeafCollector page) throws IOException {
        super(context.docBase, page);
        int maxDoc = context.reader().maxDoc();
        passes = new FixedBitSet[allowedOrds.length];
        Terms terms = null;
        TermsEnum termsEnum = null;
        PostingsEnum postings = null;
        for (int d = 0; d < passes.length; d++) {
          passes[d] = new FixedBitSet(maxDoc);
          for (int ord : allowedOrds[d]) {
            Term term = ords.term(ord);
            if (terms == null) {
              terms = context.reader().terms(term.field());
              if (terms == null) {
                break; // no drill-down terms in this segment: nothing passes
              }
              termsEnum = terms.iterator();
            }
            if (termsEnum.seekExact(term.bytes())) {
              postings = termsEnum.postings(postings, PostingsEnum.NONE);
              passes[d].or(postings);
            }
          }
        }
      }

      @Override
      public void collect(int doc) throws IOException {
        int failed = 0;
        for (int d = 0; d < passes.length; d++) {
          if (!passes[d].get(doc)) {
            failed |= 1 << d;
          }
        }
        if (failed == 0) {
          super.collect(doc);
        } else if ((failed & (failed - 1)) == 0) {
          sideDim[sideSize] = (byte) Integer.numberOfTrailingZeros(failed);
          sideBatch[sideSize++] = base + doc;
          if (sideSize == BATCH) {
            flushSideways();
          }
        }
      }

      private void flushSideways() {
        ords.countSideways(sideBatch, sideDim, sideSize, selectedDim, counts);
        sideSize = 0;
      }

      @Override
      public void finish() throws IOException {
        flushSideways();
        super.finish();
      }
    }
  }
}
