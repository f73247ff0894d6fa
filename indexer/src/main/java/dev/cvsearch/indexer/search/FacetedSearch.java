package dev.cvsearch.indexer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.IOFunction;

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
    return search(searcher, ords, selection, text, hits, 0);
  }

  /**
   * Runs the query, switching to a bit set after {@code manySideways} sideways matches of a
   * segment in a dimension without a column (see {@link Counting.Filtered}); 0 for the default.
   */
  static <C extends Collector> Result search(
      IndexSearcher searcher,
      FacetOrdinals ords,
      FacetSelection selection,
      Query text,
      CollectorManager<C, ? extends TopDocs> hits,
      int manySideways)
      throws IOException {
    Manager<C> manager = new Manager<>(ords, selection, hits, manySideways);
    Query query = text;
    if (selection.allowedOrds.length >= 2) {
      // Only a match that fails at most one filter counts anywhere. With two filters or more those
      // are few (each sideways count is the text under all the other filters), so they lead the
      // text query instead of being picked out of all its matches. Scores are unchanged: a filter
      // clause does not score.
      query =
          new BooleanQuery.Builder()
              .add(text, Occur.MUST)
              .add(new BitSetQuery("fails at most one filter", manager::nearMisses), Occur.FILTER)
              .build();
    }
    return searcher.search(query, manager);
  }

  private static final class Manager<C extends Collector>
      implements CollectorManager<Counting<C>, Result> {
    private final FacetOrdinals ords;
    private final FacetSelection selection;
    private final CollectorManager<C, ? extends TopDocs> hits;
    private final int manySideways;
    /** Filter bit sets by segment, built once for all the slices of a split search. */
    private final Map<Integer, FixedBitSet[]> passes = new ConcurrentHashMap<>();
    private final Map<Integer, FixedBitSet> nearMisses = new ConcurrentHashMap<>();

    Manager(
        FacetOrdinals ords,
        FacetSelection selection,
        CollectorManager<C, ? extends TopDocs> hits,
        int manySideways) {
      this.ords = ords;
      this.selection = selection;
      this.hits = hits;
      this.manySideways = manySideways;
    }

    @Override
    public Counting<C> newCollector() throws IOException {
      return new Counting<>(this, hits == null ? null : hits.newCollector());
    }

    /**
     * Per filter, the documents of a segment it lets through: the union of the postings of its
     * values' drill-down terms.
     */
    FixedBitSet[] passes(LeafReaderContext context) throws IOException {
      return once(passes, context, this::buildPasses);
    }

    /** The documents of a segment that fail at most one filter. */
    FixedBitSet nearMisses(LeafReaderContext context) throws IOException {
      return once(nearMisses, context, c -> atMostOneFailed(passes(c), c.reader().maxDoc()));
    }

    private static <V> V once(
        Map<Integer, V> cache, LeafReaderContext context, IOFunction<LeafReaderContext, V> make)
        throws IOException {
      try {
        return cache.computeIfAbsent(
            context.ord,
            ord -> {
              try {
                return make.apply(context);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    /** Word by word: a bit is set once a document fails one filter, and in twice once it fails two. */
    private static FixedBitSet atMostOneFailed(FixedBitSet[] passes, int maxDoc) {
      long[] once = new long[FixedBitSet.bits2words(maxDoc)];
      long[] twice = new long[once.length];
      for (FixedBitSet pass : passes) {
        long[] p = pass.getBits();
        for (int w = 0; w < once.length; w++) {
          long failed = ~p[w];
          twice[w] |= once[w] & failed;
          once[w] |= failed;
        }
      }
      long[] out = new long[once.length];
      for (int w = 0; w < out.length; w++) {
        out[w] = ~twice[w];
      }
      if ((maxDoc & 63) != 0) {
        out[out.length - 1] &= (1L << maxDoc) - 1; // no documents past the end
      }
      return new FixedBitSet(out, maxDoc);
    }

    private FixedBitSet[] buildPasses(LeafReaderContext context) throws IOException {
      int maxDoc = context.reader().maxDoc();
      FixedBitSet[] out = new FixedBitSet[selection.allowedOrds.length];
      Terms terms = null;
      TermsEnum termsEnum = null;
      PostingsEnum postings = null;
      for (int d = 0; d < out.length; d++) {
        out[d] = new FixedBitSet(maxDoc);
        for (int ord : selection.allowedOrds[d]) {
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
            out[d].or(postings);
          }
        }
      }
      return out;
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
    private final Manager<C> manager;
    private final FacetOrdinals ords;
    private final FacetSelection selection;
    private final int all;
    private final int[] counts;
    private final C hits;
    private long total;
    /** Per filter, whether its dimension's sideways counts may come from a bit set. */
    private final boolean[] fromBits;
    /** Per filter, the bit set of its sideways matches once there are many; clear between leaves. */
    private final FixedBitSet[] sideBits;

    Counting(Manager<C> manager, C hits) {
      this.manager = manager;
      this.ords = manager.ords;
      this.selection = manager.selection;
      this.all = manager.selection.all;
      this.counts = new int[ords.size()];
      this.hits = hits;
      int filters = selection.dimOfBit.length;
      this.fromBits = new boolean[filters];
      for (int d = 0; d < filters; d++) {
        int dim = selection.dimOfBit[d];
        fromBits[d] = dim >= 0 && ords.countsFromBits(dim);
      }
      this.sideBits = new FixedBitSet[filters];
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
     *
     * <p>Once a segment has {@link #manySideways} sideways matches in a dimension without a column
     * (arXiv's topics), the rest are set in a bit set instead, and counted from it when the
     * segment is done ({@link FacetOrdinals#countSideways(FixedBitSet, int, int, int, int[])}).
     * That costs about one 64-bit word per common value and 64 documents of the segment, however
     * many are set; one by one, each costs a slot of 16 bytes. At 1M records a common word under a
     * topic filter has hundreds of thousands.
     */
    private final class Filtered extends Unfiltered {
      private final FixedBitSet[] passes;
      private final int[] sideBatch = new int[BATCH];
      private final byte[] sideDim = new byte[BATCH];
      private int sideSize;
      /** Per filter: its sideways matches so far, then, once set in a bit set, the first and last. */
      private final int[] sideways;
      private final int[] first;
      private final int[] last;
      private final FixedBitSet[] bits;
      /**
       * One match in 32 of the segment's documents, at least {@value #FEWEST_MANY}: from there the
       * bit set's cost (a word per 64 documents of the segment for each common topic, a look-up
       * per document of the rare ones) is below that of reading each match's slot.
       */
      private final int manySideways;

      static final int FEWEST_MANY = 256;

      Filtered(LeafReaderContext context, LeafCollector page) throws IOException {
        super(context.docBase, page);
        passes = manager.passes(context);
        manySideways =
            manager.manySideways > 0
                ? manager.manySideways
                : Math.max(FEWEST_MANY, context.reader().maxDoc() / 32);
        sideways = new int[passes.length];
        first = new int[passes.length];
        last = new int[passes.length];
        bits = new FixedBitSet[passes.length];
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
          int d = Integer.numberOfTrailingZeros(failed);
          if (bits[d] != null) {
            bits[d].set(last[d] = base + doc);
            return;
          }
          sideDim[sideSize] = (byte) d;
          sideBatch[sideSize++] = base + doc;
          if (sideSize == BATCH) {
            flushSideways();
          }
          if (fromBits[d] && ++sideways[d] == manySideways) {
            if (sideBits[d] == null) {
              sideBits[d] = new FixedBitSet(ords.maxDoc());
            }
            bits[d] = sideBits[d];
            first[d] = base + doc + 1;
            last[d] = base + doc;
          }
        }
      }

      private void flushSideways() {
        ords.countSideways(sideBatch, sideDim, sideSize, selection, counts);
        sideSize = 0;
      }

      @Override
      public void finish() throws IOException {
        flushSideways();
        for (int d = 0; d < bits.length; d++) {
          if (bits[d] != null && last[d] >= first[d]) {
            ords.countSideways(bits[d], first[d], last[d], selection.dimOfBit[d], counts);
            bits[d].clear(first[d], last[d] + 1);
          }
        }
        super.finish();
      }
    }
  }
}
