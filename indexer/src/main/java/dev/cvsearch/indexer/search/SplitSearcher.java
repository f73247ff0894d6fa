package dev.cvsearch.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.LeafReaderContextPartition;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * A searcher that splits an expensive query over the processor's cores and runs a cheap one on the
 * calling thread alone.
 *
 * <p>Our latency has a long tail: a common word matches a tenth of the corpus, and every match is
 * counted in the facets, so such a query costs ten times the median. Splitting the documents into
 * one slice per core (whole segments or ranges of one, Lucene's intra-segment concurrency) roughly
 * divides that by the number of cores. Splitting every query would not pay: a task hand-off costs
 * tens of microseconds, the median query well under a millisecond, and under load the other cores
 * are busy with other requests anyway. So a query is split only when the {@linkplain
 * ScorerSupplier#cost() cost} its scorers estimate — the number of documents they may visit — is at
 * least {@link #SPLIT_COST}, and only while at least half the cores are not busy with another
 * request: when every core already has one, a split would only add hand-offs and context switches.
 */
final class SplitSearcher extends IndexSearcher {
  /** Visiting this many candidate documents takes a millisecond or more, worth a hand-off. */
  static final long SPLIT_COST = 15_000;

  /** One slice per core; the calling thread runs one of them. */
  private static final int CORES = Runtime.getRuntime().availableProcessors();

  /** The other cores' threads; daemons, shared by every searcher, idle unless a query is split. */
  private static final ExecutorService POOL =
      CORES < 2
          ? null
          : Executors.newFixedThreadPool(
              CORES - 1,
              new ThreadFactory() {
                private final AtomicInteger n = new AtomicInteger();

                @Override
                public Thread newThread(Runnable r) {
                  Thread t = new Thread(r, "cvsearch-split-" + n.incrementAndGet());
                  t.setDaemon(true);
                  return t;
                }
              });

  /**
   * Threads busy with a search request in this process, over every searcher: they share the cores.
   * A thread counts once however many searches its request runs ({@link #busy}).
   */
  private static final AtomicInteger BUSY = new AtomicInteger();

  /** How deep the calling thread is in {@link #busy} scopes. */
  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  /** A thread's busy scope; see {@link #busy}. */
  static final class Busy implements AutoCloseable {
    private final int[] depth;

    private Busy(int[] depth) {
      this.depth = depth;
      if (depth[0]++ == 0) {
        BUSY.incrementAndGet();
      }
    }

    @Override
    public void close() {
      if (--depth[0] == 0) {
        BUSY.decrementAndGet();
      }
    }
  }

  /**
   * Counts the calling thread as busy until the scope closes. A request holds it from start to end,
   * not only while a search runs: between its searches it reads records, facet labels and
   * highlights, and a query split in such a gap of another request would find both cores taken
   * as soon as that request searches again.
   */
  static Busy busy() {
    return new Busy(DEPTH.get());
  }

  private final int parts;
  private final long splitCost;
  private final CommonWordScores commonWords;

  SplitSearcher(IndexReader reader) {
    this(reader, CORES, SPLIT_COST);
  }

  /**
   * @param parts slices of a split query
   * @param splitCost the least cost of a query that is split
   */
  SplitSearcher(IndexReader reader, int parts, long splitCost) {
    this(reader, parts, splitCost, CommonWordScores.forSearcher(reader));
  }

  /** As above, with the arrays of common words' scores given (tests choose small ones). */
  SplitSearcher(IndexReader reader, int parts, long splitCost, CommonWordScores commonWords) {
    super(reader, POOL);
    this.parts = parts;
    this.splitCost = splitCost;
    this.commonWords = commonWords;
  }

  /**
   * As many slices as parts, of (nearly) equal numbers of documents, cutting segments where
   * needed; one slice when there is nothing to split across.
   */
  @Override
  protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
    // Called lazily, on the first search, once the constructor has set the fields.
    if (leaves.isEmpty()) {
      return new LeafSlice[0];
    }
    long total = 0;
    for (LeafReaderContext leaf : leaves) {
      total += leaf.reader().maxDoc();
    }
    if (parts < 2 || total < 2L * parts) {
      return new LeafSlice[] {
        new LeafSlice(leaves.stream().map(LeafReaderContextPartition::createForEntireSegment).toList())
      };
    }
    long per = Math.ceilDiv(total, parts);
    List<LeafSlice> slices = new ArrayList<>();
    List<LeafReaderContextPartition> current = new ArrayList<>();
    long room = per;
    for (LeafReaderContext leaf : leaves) {
      int maxDoc = leaf.reader().maxDoc();
      int from = 0;
      while (from < maxDoc) {
        int take = (int) Math.min(maxDoc - from, room);
        current.add(
            from == 0 && take == maxDoc
                ? LeafReaderContextPartition.createForEntireSegment(leaf)
                : LeafReaderContextPartition.createFromAndTo(leaf, from, from + take));
        from += take;
        room -= take;
        if (room == 0) {
          slices.add(new LeafSlice(current));
          current = new ArrayList<>();
          // The last slice takes whatever rounding left over.
          room = slices.size() == parts - 1 ? Long.MAX_VALUE : per;
        }
      }
    }
    if (!current.isEmpty()) {
      slices.add(new LeafSlice(current));
    }
    return slices.toArray(LeafSlice[]::new);
  }

  @Override
  public <C extends Collector, T> T search(Query query, CollectorManager<C, T> manager)
      throws IOException {
    try (Busy busy = busy()) {
      return searchSplitIfWorth(query, manager);
    }
  }

  private <C extends Collector, T> T searchSplitIfWorth(Query query, CollectorManager<C, T> manager)
      throws IOException {
    C first = manager.newCollector();
    // As IndexSearcher does: without scores, ConstantScoreQuery's rewrite rules apply. Common
    // words then come from memory, where their matches and scores are kept.
    Query rewritten =
        commonWords.substitute(
            this,
            rewrite(first.scoreMode().needsScores() ? query : new ConstantScoreQuery(query)));
    Weight weight = WindowedDisMax.of(this, rewritten, first.scoreMode());
    LeafSlice[] slices = getSlices();
    boolean mayShare = slices.length >= 2 && BUSY.get() * 2 <= CORES;
    // The scorer suppliers both estimate the cost and, when the query stays whole, score it:
    // asking the weight twice would look every term up twice (and count twice towards caching).
    List<LeafReaderContext> leaves = getIndexReader().leaves();
    ScorerSupplier[] suppliers = new ScorerSupplier[leaves.size()];
    long cost = 0;
    for (int i = 0; i < suppliers.length; i++) {
      suppliers[i] = weight.scorerSupplier(leaves.get(i));
      cost += suppliers[i] == null ? 0 : suppliers[i].cost();
    }
    if (!mayShare || cost < splitCost) {
      first.setWeight(weight);
      for (int i = 0; i < suppliers.length; i++) {
        searchLeaf(leaves.get(i), suppliers[i], first);
      }
      return manager.reduce(List.of(first));
    }
    List<C> collectors = new ArrayList<>(slices.length);
    collectors.add(first);
    for (int i = 1; i < slices.length; i++) {
      collectors.add(manager.newCollector());
    }
    List<Callable<C>> tasks = new ArrayList<>(slices.length);
    for (int i = 0; i < slices.length; i++) {
      LeafReaderContextPartition[] partitions = slices[i].partitions;
      C collector = collectors.get(i);
      tasks.add(
          () -> {
            search(partitions, weight, collector);
            return collector;
          });
    }
    return manager.reduce(getTaskExecutor().invokeAll(tasks));
  }

  /** Scores a whole segment into the collector, as {@link IndexSearcher} does a partition. */
  private static void searchLeaf(LeafReaderContext leaf, ScorerSupplier supplier, Collector collector)
      throws IOException {
    LeafCollector leafCollector;
    try {
      leafCollector = collector.getLeafCollector(leaf);
    } catch (@SuppressWarnings("unused") CollectionTerminatedException e) {
      return; // nothing of interest in this segment
    }
    if (supplier != null) {
      supplier.setTopLevelScoringClause();
      try {
        supplier
            .bulkScorer()
            .score(leafCollector, leaf.reader().getLiveDocs(), 0, DocIdSetIterator.NO_MORE_DOCS);
      } catch (@SuppressWarnings("unused") CollectionTerminatedException e) {
        // the collector has seen enough of this segment
      }
    }
    leafCollector.finish();
  }
}
