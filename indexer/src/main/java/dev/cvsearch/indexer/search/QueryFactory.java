package dev.cvsearch.indexer.search;

import dev.cvsearch.indexer.schema.Fields;
import dev.cvsearch.indexer.schema.Schema;
import dev.cvsearch.indexer.search.ParsedQuery.Atom;
import dev.cvsearch.indexer.search.ParsedQuery.Clause;
import dev.cvsearch.indexer.search.ParsedQuery.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link ParsedQuery} into a Lucene query. Term-centric: every word (or multi-word synonym
 * span, see {@link SynonymSpans}) is looked up in all default fields with their boosts, and the
 * words are then required together ({@link Mode#ALL}), all but one required ({@link Mode#MOST},
 * the fallback when requiring all finds nothing) or only scored together ({@link Mode#ANY}, the
 * last resort, and the mode of long queries). Analysis goes through the schema's query analyzer,
 * so acronym synonyms and the index's stemming apply.
 */
final class QueryFactory {
  /** How the positive clauses combine. */
  enum Mode {
    ALL,
    /**
     * All words but one, for up to {@link #MOST_UP_TO} words (a title's word the index lacks
     * should not leave the rest unranked); any word for longer queries, where one word fewer
     * still asks too much and ranking by the words shared finds more (SciFact's claims: recall@100
     * fell from 0.92 to 0.89 when they required all but one).
     */
    MOST,
    ANY
  }

  /** The longest query {@link Mode#MOST} requires all but one word of. */
  static final int MOST_UP_TO = 4;

  private final Analyzer analyzer;
  private final Ranking ranking;
  private final QueryBuilder builder;
  private final QueryBuilder phrases;

  /** A factory whose words and phrases go through one analyzer. */
  QueryFactory(Analyzer analyzer, Ranking ranking) {
    this(analyzer, analyzer, ranking);
  }

  /**
   * @param analyzer the analyzer of words (an index that marks acronyms lets long forms become
   *     their acronym)
   * @param phraseAnalyzer the analyzer of quoted phrases (acronyms and long forms both ways, so
   *     the phrase's other words follow either as printed)
   */
  QueryFactory(Analyzer analyzer, Analyzer phraseAnalyzer, Ranking ranking) {
    this.analyzer = analyzer;
    this.ranking = ranking;
    this.builder = new QueryBuilder(analyzer);
    this.phrases = new QueryBuilder(phraseAnalyzer);
    // "ASR" → automatic speech recognition must match the words in order, not anywhere.
    builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    phrases.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
  }

  /** The Lucene query; an empty query (or only exclusions) matches all documents. */
  Query build(ParsedQuery parsed, Mode mode) {
    return build(parsed, mode, ranking.defaultFields());
  }

  /** The query with bare words looked up in the given fields only (person names, say). */
  Query build(ParsedQuery parsed, Mode mode, Map<String, Float> defaultFields) {
    BooleanQuery.Builder bq = new BooleanQuery.Builder();
    int positives = 0;
    int scoring = 0;
    for (Clause clause : groupSynonymSpans(parsed.clauses())) {
      Query q = clauseQuery(clause, defaultFields);
      if (q == null) {
        continue; // only stop words: nothing to require
      }
      if (clause.negated()) {
        bq.add(q, Occur.MUST_NOT);
      } else if (isFilterOnly(clause)) {
        bq.add(q, Occur.FILTER);
        positives++;
      } else {
        bq.add(q, mode == Mode.ALL ? Occur.MUST : Occur.SHOULD);
        positives++;
        scoring++;
      }
    }
    if (positives == 0) {
      bq.add(new MatchAllDocsQuery(), Occur.MUST);
    } else if (mode != Mode.ALL && scoring > 0) {
      boolean allButOne = mode == Mode.MOST && scoring <= MOST_UP_TO;
      bq.setMinimumNumberShouldMatch(allButOne ? Math.max(1, scoring - 1) : 1);
    }
    return bq.build();
  }

  /** The first mode to try: all words, unless the query is longer than the ranking allows. */
  Mode initialMode(ParsedQuery parsed) {
    long words = parsed.clauses().stream().filter(c -> !c.negated() && !isFilterOnly(c)).count();
    return words > ranking.allWordsUpTo() ? Mode.ANY : Mode.ALL;
  }

  /** Whether the ALL and ANY modes can differ, i.e. relaxing could find more. */
  static boolean relaxable(ParsedQuery parsed) {
    return parsed.clauses().stream().filter(c -> !c.negated() && !isFilterOnly(c)).count() > 1;
  }

  private static boolean isFilterOnly(Clause clause) {
    return clause.alternatives().stream().allMatch(a -> a.kind() == Kind.YEAR);
  }

  /** Merges runs of plain words that the analyzer reads as one synonym ("speech recognition"). */
  private List<Clause> groupSynonymSpans(List<Clause> clauses) {
    List<Clause> out = new ArrayList<>();
    List<String> run = new ArrayList<>();
    for (Clause c : clauses) {
      if (isPlainWord(c)) {
        run.add(c.alternatives().getFirst().text());
        continue;
      }
      flush(run, out);
      out.add(c);
    }
    flush(run, out);
    return out;
  }

  private void flush(List<String> run, List<Clause> out) {
    if (run.isEmpty()) {
      return;
    }
    for (String unit : SynonymSpans.units(analyzer, Fields.BODY, run)) {
      out.add(new Clause(false, List.of(new Atom(Kind.WORD, null, unit))));
    }
    run.clear();
  }

  private static boolean isPlainWord(Clause c) {
    if (c.negated() || c.alternatives().size() != 1) {
      return false;
    }
    Atom a = c.alternatives().getFirst();
    return a.kind() == Kind.WORD && a.field() == null;
  }

  private Query clauseQuery(Clause clause, Map<String, Float> defaultFields) {
    List<Query> alternatives = new ArrayList<>();
    for (Atom atom : clause.alternatives()) {
      Query q = atomQuery(atom, defaultFields);
      if (q != null) {
        alternatives.add(q);
      }
    }
    if (alternatives.size() <= 1) {
      return alternatives.isEmpty() ? null : alternatives.getFirst();
    }
    BooleanQuery.Builder or = new BooleanQuery.Builder();
    alternatives.forEach(q -> or.add(q, Occur.SHOULD));
    return or.build();
  }

  private Query atomQuery(Atom atom, Map<String, Float> defaultFields) {
    if (atom.kind() == Kind.YEAR) {
      int[] range = UserQueryParser.yearRange(atom);
      return IntPoint.newRangeQuery(Fields.YEAR, range[0], range[1]);
    }
    Map<String, Float> fields =
        atom.field() == null ? defaultFields : Map.of(fieldOf(atom.field()), 1f);
    Query body = fields.containsKey(Fields.BODY) ? fieldQuery(atom, Fields.BODY) : null;
    if (atom.kind() == Kind.WORD && atom.field() == null && fields.containsKey(Fields.BODY)
        && body == null) {
      // A stop word of the text ("for", "the"): names keep their stop words, and requiring it in
      // an author's or venue's name would leave "learning for the web" almost nothing to find.
      return null;
    }
    List<Query> perField = new ArrayList<>();
    Map<String, Query> analysed = new java.util.HashMap<>();
    if (body != null) {
      analysed.put(Fields.BODY, body);
    }
    for (Map.Entry<String, Float> f : fields.entrySet()) {
      Query q = fieldQuery(atom, f.getKey(), analysed);
      if (q != null) {
        perField.add(f.getValue() == 1f ? q : new BoostQuery(q, f.getValue()));
      }
    }
    if (perField.size() <= 1) {
      return perField.isEmpty() ? null : perField.getFirst();
    }
    return new DisjunctionMaxQuery(perField, ranking.tie());
  }

  /**
   * The query of an atom over a field: a field analysed like one already done gets that query with
   * the field changed (analysis is most of building a query, and five fields share two analysers).
   */
  private Query fieldQuery(Atom atom, String field, Map<String, Query> analysed) {
    for (Map.Entry<String, Query> done : analysed.entrySet()) {
      if (Schema.analysedAlike(done.getKey(), field)) {
        Query moved = FieldSwap.onField(done.getValue(), field);
        if (moved != null || done.getValue() == null) {
          return moved;
        }
      }
    }
    Query q = fieldQuery(atom, field);
    analysed.put(field, q);
    return q;
  }

  private Query fieldQuery(Atom atom, String field) {
    return switch (atom.kind()) {
      case WORD -> builder.createBooleanQuery(field, atom.text(), Occur.MUST);
      case PHRASE -> phrase(field, atom.text());
      case PREFIX -> prefix(field, atom.text());
      case YEAR -> throw new IllegalStateException("years are not text");
    };
  }

  /**
   * A quoted phrase: one term when its words are one (a long form is its acronym), else the phrase
   * with acronyms and long forms as alternatives.
   */
  private Query phrase(String field, String text) {
    Query single = builder.createPhraseQuery(field, text, 0);
    return single == null || single instanceof TermQuery
        ? single
        : phrases.createPhraseQuery(field, text, 0);
  }

  private Query prefix(String field, String text) {
    BytesRef normalized = normalize(analyzer, field, text);
    return normalized.length == 0 ? null : new PrefixQuery(new Term(field, normalized));
  }

  /** The analyzer's normalised form of a prefix (lower case, folded). */
  static BytesRef normalize(Analyzer analyzer, String field, String text) {
    try {
      return analyzer.normalize(field, text);
    } catch (IllegalArgumentException e) {
      // normalize() rejects text that normalises to several tokens; fall back to lower case.
      return new BytesRef(text.toLowerCase(java.util.Locale.ROOT));
    }
  }

  private static String fieldOf(String userField) {
    return switch (userField) {
      case "title" -> Fields.TITLE;
      case "author" -> Fields.AUTHORS;
      case "venue" -> Fields.VENUE_TEXT;
      default -> throw new IllegalArgumentException("unknown field " + userField);
    };
  }

  /** Rethrows analysis failures of in-memory text, which cannot happen with a working analyzer. */
  static UncheckedIOException unexpected(IOException e) {
    return new UncheckedIOException("analysing query text", e);
  }
}
