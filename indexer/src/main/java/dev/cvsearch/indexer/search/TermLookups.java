package dev.cvsearch.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The terms dictionary look-ups of one request, each done once.
 *
 * <p>A request asks for the same words many times: every word in each of five fields, again for
 * each relaxed retry when requiring every word finds nothing, again for the evidence of people in
 * the results. Lucene looks a term query's term up each time a weight is made of it, unless the
 * query carries its {@link TermStates}. At 10k documents the slowest queries are those that find
 * little and are retried, and weight-making was a third of their search time (JFR). Binding a
 * request's queries here makes the retries find their terms already looked up.
 *
 * <p>Bound queries equal unbound ones (a term query's equality is its term), so caching and
 * comparisons see no difference; used with another searcher, Lucene looks the terms up again.
 */
final class TermLookups {
  private final IndexSearcher searcher;
  private final Map<Term, TermStates> states = new HashMap<>();

  TermLookups(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /**
   * The query with its term queries carrying their looked-up states, through the shapes the query
   * factory builds (boolean, disjunction-max, boost); anything else is kept as it is.
   */
  Query bind(Query q) throws IOException {
    return switch (q) {
      case null -> null;
      case TermQuery t -> t.getTermStates() != null ? t : new TermQuery(t.getTerm(), states(t));
      case BoostQuery b -> new BoostQuery(bind(b.getQuery()), b.getBoost());
      case DisjunctionMaxQuery d -> {
        List<Query> bound = new ArrayList<>(d.getDisjuncts().size());
        for (Query inner : d.getDisjuncts()) {
          bound.add(bind(inner));
        }
        yield new DisjunctionMaxQuery(bound, d.getTieBreakerMultiplier());
      }
      case BooleanQuery b -> {
        BooleanQuery.Builder bound =
            new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
        for (BooleanClause c : b.clauses()) {
          bound.add(bind(c.query()), c.occur());
        }
        yield bound.build();
      }
      default -> q;
    };
  }

  private TermStates states(TermQuery t) throws IOException {
    TermStates s = states.get(t.getTerm());
    if (s == null) {
      // With statistics: the same states serve scoring and filtering.
      s = TermStates.build(searcher, t.getTerm(), true);
      states.put(t.getTerm(), s);
    }
    return s;
  }
}
