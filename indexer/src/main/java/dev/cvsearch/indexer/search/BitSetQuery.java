package dev.cvsearch.indexer.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.IOFunction;

/**
 * Matches the documents of a bit set per segment that one request computed, as a filter clause
 * that lets a conjunction skip to them. Never cached: the bits belong to the request.
 */
final class BitSetQuery extends Query {
  private final String description;
  private final IOFunction<LeafReaderContext, FixedBitSet> bits;

  /**
   * @param description what the documents are, for {@link #toString}
   * @param bits the documents of a segment, by segment-local id
   */
  BitSetQuery(String description, IOFunction<LeafReaderContext, FixedBitSet> bits) {
    this.description = description;
    this.bits = bits;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        FixedBitSet docs = bits.apply(context);
        int cardinality = docs.cardinality();
        if (cardinality == 0) {
          return null;
        }
        Scorer scorer =
            new ConstantScoreScorer(score(), scoreMode, new BitSetIterator(docs, cardinality));
        return new DefaultScorerSupplier(scorer);
      }

      @Override
      public boolean isCacheable(LeafReaderContext context) {
        return false;
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return description;
  }

  @Override
  public boolean equals(Object other) {
    return other == this;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
