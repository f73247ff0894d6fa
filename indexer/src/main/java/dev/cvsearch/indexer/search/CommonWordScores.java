package dev.cvsearch.indexer.search;

import dev.cvsearch.indexer.schema.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The matches and scores of the index's commonest words, read once per searcher and kept in
 * memory, so that a query asking for such a word walks a bit set instead of five postings lists.
 *
 * <p>A word is looked up in five fields at once (a {@link DisjunctionMaxQuery}), and for a common
 * word that is most of a search: at 1M records "model" is in 540,000 documents, each found through
 * a heap of five postings lists and scored field by field, query after query, although an index
 * generation never changes and neither do the word's scores. Here a word's documents are a bit set
 * per segment and its scores an array in document order; a conjunction leapfrogs the bit set, and
 * a match's score is read at its rank. The scores are those Lucene's own scorer gave, so results,
 * totals and facet counts are exactly those without the arrays. At 1M the bench queries' p99 fell
 * by about a fifth and their median did not move (profiling round 13).
 *
 * <p>Which words: those whose text postings ({@link Fields#BODY}) hold at least {@code minDocFreq}
 * documents and a 32nd of the index, the commonest first until they would fill the memory budget.
 * The choice comes from the index alone, not from the queries seen, so nothing is ever evicted; a
 * variant of a kept stem ("models" beside "model": names are not stemmed) takes its own arrays
 * while the budget lasts, and then the plain query runs. Nothing is read on a query's time: the
 * list of words and each word's arrays are read on a background thread when first asked for, and
 * until they are ready the plain query runs.
 */
final class CommonWordScores {
  /** Reads lists and words for every searcher, one at a time, when no query waits for them. */
  private static final Executor BACKGROUND =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "cvsearch-common-words");
            t.setDaemon(true);
            return t;
          });

  private final IndexReader reader;
  private final long budget;
  private final int minDocFreq;
  private final Executor executor;
  /** The body terms of the words to keep, once listed; null before. */
  private volatile Set<BytesRef> commonest;
  private final AtomicBoolean listing = new AtomicBoolean();
  private final ConcurrentHashMap<DisjunctionMaxQuery, Word> words = new ConcurrentHashMap<>();
  /** Bytes promised to the words taken so far (an estimate until each word is read). */
  private long reserved;

  /**
   * @param budget the most bytes the words' arrays may take
   * @param minDocFreq the fewest documents a word must be in to be kept (fewer are cheap anyway)
   * @param executor where lists and words are read (tests read them on the caller's thread)
   */
  CommonWordScores(IndexReader reader, long budget, int minDocFreq, Executor executor) {
    this.reader = reader;
    this.budget = budget;
    this.minDocFreq = minDocFreq;
    this.executor = executor;
  }

  /** The default for a searcher: an eighth of the heap, words of 10,000 documents or more. */
  static CommonWordScores forSearcher(IndexReader reader) {
    return new CommonWordScores(
        reader, Runtime.getRuntime().maxMemory() / 8, 10_000, BACKGROUND);
  }

  /**
   * The query with each common word it requires or scores answered from memory, where that word
   * is ready; the same query when none is. Applied to rewritten queries, through the shapes the
   * query factory builds.
   */
  Query substitute(IndexSearcher searcher, Query q) {
    return switch (q) {
      case DisjunctionMaxQuery d -> {
        Word w = word(searcher, d);
        yield w == null ? d : new CachedWord(d, w.segments);
      }
      case BoostQuery b -> {
        Query inner = substitute(searcher, b.getQuery());
        yield inner == b.getQuery() ? b : new BoostQuery(inner, b.getBoost());
      }
      case ConstantScoreQuery c -> {
        Query inner = substitute(searcher, c.getQuery());
        yield inner == c.getQuery() ? c : new ConstantScoreQuery(inner);
      }
      case BooleanQuery b -> {
        List<BooleanClause> clauses = new ArrayList<>(b.clauses().size());
        boolean changed = false;
        for (BooleanClause c : b.clauses()) {
          // An exclusion is only advanced to, never scored: its postings skip well enough.
          Query inner = c.occur() == Occur.MUST_NOT ? c.query() : substitute(searcher, c.query());
          changed |= inner != c.query();
          clauses.add(new BooleanClause(inner, c.occur()));
        }
        if (!changed) {
          yield b;
        }
        BooleanQuery.Builder out =
            new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
        clauses.forEach(out::add);
        yield out.build();
      }
      default -> q;
    };
  }

  /** The word of a disjunction over the fields if it is kept and read, else null. */
  private Word word(IndexSearcher searcher, DisjunctionMaxQuery d) {
    Word w = words.get(d);
    if (w != null) {
      return w.segments == null ? null : w;
    }
    BytesRef body = null;
    for (Query disjunct : d.getDisjuncts()) {
      Query inner = disjunct instanceof BoostQuery b ? b.getQuery() : disjunct;
      if (!(inner instanceof TermQuery t)) {
        return null; // a phrase or a synonym: not a word's plain postings
      }
      if (t.getTerm().field().equals(Fields.BODY)) {
        body = t.getTerm().bytes();
      }
    }
    Set<BytesRef> kept = commonest();
    if (body == null || kept == null || !kept.contains(body)) {
      return null;
    }
    w = take(d, body);
    if (w == null) {
      return null;
    }
    Word taken = w;
    executor.execute(() -> taken.read(searcher, d));
    return taken.segments == null ? null : taken;
  }

  /**
   * Reserves the budget for a word, once; null when it is taken already or would not fit (it is
   * then remembered as never to be read, so later queries need no look-up to know).
   */
  private synchronized Word take(DisjunctionMaxQuery d, BytesRef body) {
    if (words.containsKey(d)) {
      return null;
    }
    long estimate;
    try {
      // At least the body's matches; the other fields add a few.
      estimate = bytes(reader.maxDoc(), reader.docFreq(new Term(Fields.BODY, body)));
    } catch (IOException e) {
      throw new UncheckedIOException("looking up a common word in " + reader, e);
    }
    if (reserved + estimate > budget) {
      words.put(d, new Word(0));
      return null;
    }
    reserved += estimate;
    Word w = new Word(estimate);
    words.put(d, w);
    return w;
  }

  /** The bytes a word of {@code matches} documents takes in an index of {@code maxDoc}. */
  static long bytes(long maxDoc, long matches) {
    long words = (maxDoc + 63) / 64;
    return words * (Long.BYTES + Integer.BYTES) + matches * Float.BYTES;
  }

  private synchronized void settle(long estimate, long actual) {
    reserved += actual - estimate;
  }

  /** The words to keep, or null while they are being listed. */
  private Set<BytesRef> commonest() {
    Set<BytesRef> c = commonest;
    if (c == null && listing.compareAndSet(false, true)) {
      executor.execute(
          () -> {
            try {
              commonest = findCommonest();
            } catch (RuntimeException e) {
              commonest = Set.of(); // a closed reader: nothing to keep
            }
          });
      c = commonest;
    }
    return c;
  }

  /**
   * The body terms of the most documents, from the commonest down, as many as the budget holds.
   * At 1M documents this walk of the terms takes 0.2–0.3 s.
   */
  private Set<BytesRef> findCommonest() {
    int least = Math.max(minDocFreq, Math.ceilDiv(reader.maxDoc(), 32));
    record Common(BytesRef term, int docFreq) {}
    List<Common> found = new ArrayList<>();
    try {
      Terms body = MultiTerms.getTerms(reader, Fields.BODY);
      if (body == null) {
        return Set.of();
      }
      TermsEnum e = body.iterator();
      for (BytesRef t = e.next(); t != null; t = e.next()) {
        if (e.docFreq() >= least) {
          found.add(new Common(BytesRef.deepCopyOf(t), e.docFreq()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("listing the common words of " + reader, e);
    }
    found.sort(Comparator.comparingInt(Common::docFreq).reversed());
    Set<BytesRef> out = new HashSet<>();
    long bytes = 0;
    for (Common c : found) {
      bytes += bytes(reader.maxDoc(), c.docFreq());
      if (bytes > budget) {
        break;
      }
      out.add(c.term());
    }
    return out;
  }

  /**
   * A segment's matches of a word as a bit set, and their scores in document order. A common word
   * is in a 32nd of the documents or more, where a bit per document (and a running count per 64)
   * takes less room than a number per match: "model", in 540,000 of 1M documents, takes 2.3 MB
   * instead of 4.3.
   */
  private record Segment(FixedBitSet bits, int[] before, float[] scores, float maxScore) {
    static final Segment EMPTY = new Segment(new FixedBitSet(0), new int[0], new float[0], 0f);

    long bytes() {
      return CommonWordScores.bytes(bits.length(), scores.length);
    }

    /** The score of a document that matches: its place among the matches is its rank. */
    float score(int doc) {
      int w = doc >>> 6;
      return scores[before[w] + Long.bitCount(bits.getBits()[w] & ((1L << doc) - 1))];
    }
  }

  /** A kept word: its segments, once read. */
  private final class Word {
    private final long estimate;
    private volatile Segment[] segments;

    Word(long estimate) {
      this.estimate = estimate;
    }

    /** Every match and its score, from Lucene's own scorer of the disjunction. */
    void read(IndexSearcher searcher, DisjunctionMaxQuery query) {
      long actual = 0;
      try {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Segment[] out = new Segment[leaves.size()];
        for (LeafReaderContext leaf : leaves) {
          out[leaf.ord] = read(weight, leaf);
          actual += out[leaf.ord].bytes();
        }
        segments = out;
      } catch (IOException | RuntimeException e) {
        actual = 0; // the searcher closed under us: the word stays unread, the plain query runs
      }
      settle(estimate, actual);
    }

    private static Segment read(Weight weight, LeafReaderContext leaf) throws IOException {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        return Segment.EMPTY;
      }
      int maxDoc = leaf.reader().maxDoc();
      FixedBitSet bits = new FixedBitSet(maxDoc);
      DocIdSetIterator it = scorer.iterator();
      float[] scores = new float[(int) Math.min(it.cost(), maxDoc)];
      int n = 0;
      float max = 0;
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (n == scores.length) {
          scores = Arrays.copyOf(scores, Math.max(16, n * 2));
        }
        bits.set(doc);
        scores[n] = scorer.score();
        max = Math.max(max, scores[n]);
        n++;
      }
      long[] words = bits.getBits();
      int[] before = new int[words.length];
      for (int w = 1; w < words.length; w++) {
        before[w] = before[w - 1] + Long.bitCount(words[w - 1]);
      }
      return new Segment(bits, before, n == scores.length ? scores : Arrays.copyOf(scores, n), max);
    }
  }

  /**
   * A kept word in a query: matches and scores from its arrays, highlights and explanations from
   * the disjunction it stands for. Equal to another only when their disjunctions are.
   */
  static final class CachedWord extends Query {
    private final DisjunctionMaxQuery query;
    private final Segment[] segments;

    private CachedWord(DisjunctionMaxQuery query, Segment[] segments) {
      this.query = query;
      this.segments = segments;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
        throws IOException {
      if (boost != 1f) {
        // The arrays hold unboosted scores; a boosted word (none is, from the query factory)
        // is scored as it would be without them.
        return searcher.createWeight(query, scoreMode, boost);
      }
      return new Weight(this) {
        private Weight plain;

        /** The disjunction's own weight, for the rare callers other than scoring. */
        private Weight plain() throws IOException {
          if (plain == null) {
            plain = searcher.createWeight(searcher.rewrite(query), scoreMode, boost);
          }
          return plain;
        }

        @Override
        public ScorerSupplier scorerSupplier(LeafReaderContext context) {
          Segment s = segments[context.ord];
          if (s.scores.length == 0) {
            return null;
          }
          return new ScorerSupplier() {
            @Override
            public Scorer get(long leadCost) {
              return new ArrayScorer(s);
            }

            @Override
            public long cost() {
              return s.scores.length;
            }
          };
        }

        @Override
        public Matches matches(LeafReaderContext context, int doc) throws IOException {
          return plain().matches(context, doc);
        }

        @Override
        public Explanation explain(LeafReaderContext context, int doc) throws IOException {
          return plain().explain(context, doc);
        }

        @Override
        public boolean isCacheable(LeafReaderContext context) {
          return false; // already in memory
        }
      };
    }

    @Override
    public void visit(QueryVisitor visitor) {
      query.visit(visitor);
    }

    @Override
    public String toString(String field) {
      return query.toString(field);
    }

    @Override
    public boolean equals(Object other) {
      return sameClassAs(other) && query.equals(((CachedWord) other).query);
    }

    @Override
    public int hashCode() {
      return 31 * classHash() + query.hashCode();
    }
  }

  /** Walks a segment's bit set; a match's score is read at its rank among the matches. */
  private static final class ArrayScorer extends Scorer {
    private final Segment segment;
    private final BitSetIterator iterator;

    ArrayScorer(Segment segment) {
      this.segment = segment;
      this.iterator = new BitSetIterator(segment.bits, segment.scores.length);
    }

    @Override
    public int docID() {
      return iterator.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return iterator;
    }

    @Override
    public float getMaxScore(int upTo) {
      return segment.maxScore;
    }

    @Override
    public float score() {
      return segment.score(iterator.docID());
    }
  }
}
