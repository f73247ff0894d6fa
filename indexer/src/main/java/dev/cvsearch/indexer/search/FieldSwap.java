package dev.cvsearch.indexer.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** The same query over another field, for the shapes a query builder makes of a word or phrase. */
final class FieldSwap {
  private FieldSwap() {}

  /** The query with every term moved to the field, or null when its shape is not one known here. */
  static Query onField(Query q, String field) {
    return switch (q) {
      case null -> null;
      case TermQuery t -> new TermQuery(new Term(field, t.getTerm().bytes()));
      case BoostQuery b -> {
        Query inner = onField(b.getQuery(), field);
        yield inner == null ? null : new BoostQuery(inner, b.getBoost());
      }
      case PhraseQuery p -> {
        PhraseQuery.Builder moved = new PhraseQuery.Builder().setSlop(p.getSlop());
        Term[] terms = p.getTerms();
        int[] positions = p.getPositions();
        for (int i = 0; i < terms.length; i++) {
          moved.add(new Term(field, terms[i].bytes()), positions[i]);
        }
        yield moved.build();
      }
      case BooleanQuery b -> {
        BooleanQuery.Builder moved =
            new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
        for (BooleanClause c : b.clauses()) {
          Query inner = onField(c.query(), field);
          if (inner == null) {
            yield null;
          }
          moved.add(inner, c.occur());
        }
        yield moved.build();
      }
      default -> null;
    };
  }
}
