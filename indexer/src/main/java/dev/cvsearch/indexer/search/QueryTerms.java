package dev.cvsearch.indexer.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * What a query looks for in the highlighted fields: single terms, phrases (terms at relative
 * positions, several alternatives per position where synonyms or word parts meet) and prefixes.
 * Excluded clauses are left out: their words are not why a document matched.
 */
final class QueryTerms {
  /** A phrase: the alternatives at each of its positions. */
  record Phrase(BytesRef[][] terms, int[] positions) {}

  /**
   * What one field is searched for, in an order of its own: a boolean query is visited in the
   * order of its clauses' hashes, which for terms change from run to run, and the highlighter
   * breaks ties between passages by that order.
   */
  static final class FieldTerms {
    final Set<BytesRef> terms = new TreeSet<>();
    final List<Phrase> phrases = new ArrayList<>();
    final Set<BytesRef> prefixes = new TreeSet<>();

    boolean isEmpty() {
      return terms.isEmpty() && phrases.isEmpty() && prefixes.isEmpty();
    }
  }

  private final Map<String, FieldTerms> byField = new HashMap<>();

  private QueryTerms() {}

  /** The terms of the query in the given fields. */
  static QueryTerms of(Query query, Set<String> fields) {
    QueryTerms out = new QueryTerms();
    query.visit(out.new Visitor(fields));
    for (FieldTerms f : out.byField.values()) {
      f.phrases.sort(Comparator.comparing(QueryTerms::text));
    }
    return out;
  }

  /** A phrase as text, its alternatives and positions: what phrases are ordered by. */
  private static String text(Phrase p) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < p.terms().length; i++) {
      sb.append(p.positions()[i]).append(':');
      for (BytesRef t : p.terms()[i]) {
        sb.append(t.utf8ToString()).append('|');
      }
      sb.append(' ');
    }
    return sb.toString();
  }

  /** The terms of a field (empty when the query does not search it). */
  FieldTerms field(String field) {
    return byField.getOrDefault(field, new FieldTerms());
  }

  private final class Visitor extends QueryVisitor {
    private final Set<String> fields;

    Visitor(Set<String> fields) {
      this.fields = fields;
    }

    @Override
    public boolean acceptField(String field) {
      return fields.contains(field);
    }

    @Override
    public QueryVisitor getSubVisitor(Occur occur, Query parent) {
      return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
    }

    @Override
    public void consumeTerms(Query query, Term... terms) {
      if (terms.length == 0 || !fields.contains(terms[0].field())) {
        return;
      }
      FieldTerms f = byField.computeIfAbsent(terms[0].field(), k -> new FieldTerms());
      if (query instanceof PhraseQuery pq) {
        BytesRef[][] alternatives = new BytesRef[pq.getTerms().length][];
        for (int i = 0; i < alternatives.length; i++) {
          alternatives[i] = new BytesRef[] {pq.getTerms()[i].bytes()};
        }
        f.phrases.add(new Phrase(alternatives, pq.getPositions()));
      } else if (query instanceof MultiPhraseQuery mpq) {
        // Visited once per position; the whole phrase is taken the first time.
        Term[][] arrays = mpq.getTermArrays();
        if (arrays.length > 0 && arrays[0].length > 0 && terms[0] == arrays[0][0]) {
          BytesRef[][] alternatives = new BytesRef[arrays.length][];
          for (int i = 0; i < arrays.length; i++) {
            alternatives[i] = new BytesRef[arrays[i].length];
            for (int k = 0; k < arrays[i].length; k++) {
              alternatives[i][k] = arrays[i][k].bytes();
            }
          }
          f.phrases.add(new Phrase(alternatives, mpq.getPositions()));
        }
      } else {
        for (Term t : terms) {
          f.terms.add(t.bytes());
        }
      }
    }

    @Override
    public void consumeTermsMatching(
        Query query, String field, Supplier<ByteRunAutomaton> automaton) {
      if (query instanceof PrefixQuery pq && fields.contains(field)) {
        byField.computeIfAbsent(field, k -> new FieldTerms()).prefixes.add(pq.getPrefix().bytes());
      }
    }
  }
}
