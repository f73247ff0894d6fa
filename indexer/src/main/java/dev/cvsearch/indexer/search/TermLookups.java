package dev.cvsearch.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
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
  private final IndexReaderContext top;
  private final Map<Term, TermStates> states = new HashMap<>();
  /** Per field, a terms enumerator per segment, shared by the field's terms. */
  private final Map<String, TermsEnum[]> enums = new HashMap<>();

  TermLookups(IndexSearcher searcher) {
    this.top = searcher.getTopReaderContext();
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
      s = lookUp(t.getTerm());
      states.put(t.getTerm(), s);
    }
    return s;
  }

  /**
   * The term's states and statistics in every segment, as {@link TermStates#build} with
   * statistics makes them (so they serve scoring and filtering alike), but through one terms
   * enumerator per field and segment for all the request's terms: each new enumerator allocates
   * its frames and buffers, and at 1M documents look-ups were a quarter of what a search
   * allocated (JFR).
   */
  private TermStates lookUp(Term term) throws IOException {
    TermStates found = new TermStates(top);
    TermsEnum[] perLeaf =
        enums.computeIfAbsent(term.field(), f -> new TermsEnum[top.leaves().size()]);
    for (LeafReaderContext leaf : top.leaves()) {
      TermsEnum terms = perLeaf[leaf.ord];
      if (terms == null) {
        terms = Terms.getTerms(leaf.reader(), term.field()).iterator();
        perLeaf[leaf.ord] = terms;
      }
      if (terms.seekExact(term.bytes())) {
        found.register(terms.termState(), leaf.ord, terms.docFreq(), terms.totalTermFreq());
      }
    }
    return found;
  }
}
