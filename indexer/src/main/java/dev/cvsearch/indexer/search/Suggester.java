package dev.cvsearch.indexer.search;

import dev.cvsearch.indexer.schema.Fields;
import dev.cvsearch.indexer.schema.StoredHit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Autocomplete over people, venues and work titles: the words typed so far must all occur, the last
 * one as a prefix (or as a whole word, whose stem a prefix of the raw text would miss).
 */
final class Suggester {
  private final Analyzer analyzer;
  private final FacetReader facets;

  Suggester(Analyzer analyzer, FacetReader facets) {
    this.analyzer = analyzer;
    this.facets = facets;
  }

  List<Suggestion> suggest(
      StoredRecords records,
      Optional<FacetOrdinals> ordinals,
      ReaderLabels labels,
      String prefix,
      int limit)
      throws IOException {
    String p = prefix == null ? "" : prefix.strip();
    if (p.isEmpty() || p.length() > UserQueryParser.MAX_LENGTH || limit <= 0) {
      return List.of();
    }
    Set<Suggestion> out = new LinkedHashSet<>();
    Query people = query(Fields.TITLE, p);
    if (people != null) {
      for (StoredHit s : top(records, ExpertFinder.and(people, ExpertFinder.typeQuery(HitFactory.PERSON)), 3)) {
        out.add(new Suggestion(s.title(), HitFactory.PERSON, s.id()));
      }
    }
    if (ordinals.isPresent()) {
      String lower = p.toLowerCase(Locale.ROOT);
      int venues = 0;
      for (FacetOrdinals.Count c : ordinals.get().all(Fields.VENUE)) {
        String name = facets.label(Fields.VENUE, c.value(), records, labels);
        if (venues < 3 && c.count() > 0 && name.toLowerCase(Locale.ROOT).startsWith(lower)) {
          out.add(new Suggestion(name, Fields.VENUE, c.value()));
          venues++;
        }
      }
    }
    Query works = query(Fields.TITLE, p);
    if (works != null) {
      for (StoredHit s : top(records, ExpertFinder.and(works, ExpertFinder.typeQuery(HitFactory.WORK)), limit)) {
        out.add(new Suggestion(s.title(), HitFactory.WORK, s.id()));
      }
    }
    return out.stream().limit(limit).toList();
  }

  private static List<StoredHit> top(StoredRecords records, Query q, int n) throws IOException {
    TopDocs top = records.searcher().search(q, n);
    List<StoredHit> out = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      out.add(records.hit(sd.doc, false).hit());
    }
    return out;
  }

  private Query query(String field, String text) {
    String[] words = text.split("\\s+");
    String last = words[words.length - 1];
    BooleanQuery.Builder bq = new BooleanQuery.Builder();
    if (words.length > 1) {
      String head = text.substring(0, text.length() - last.length());
      Query q = new QueryBuilder(analyzer).createBooleanQuery(field, head, Occur.MUST);
      if (q != null) {
        bq.add(q, Occur.MUST);
      }
    }
    BooleanQuery.Builder lastWord = new BooleanQuery.Builder();
    BytesRef normalized = QueryFactory.normalize(analyzer, field, last);
    if (normalized.length > 0) {
      lastWord.add(new PrefixQuery(new Term(field, normalized)), Occur.SHOULD);
    }
    Query whole = new QueryBuilder(analyzer).createBooleanQuery(field, last, Occur.MUST);
    if (whole != null) {
      lastWord.add(whole, Occur.SHOULD);
    }
    BooleanQuery lw = lastWord.build();
    if (lw.clauses().isEmpty()) {
      return null;
    }
    return bq.add(lw, Occur.MUST).build();
  }
}
