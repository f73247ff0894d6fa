package dev.cvsearch.indexer.search;

import dev.cvsearch.indexer.schema.Fields;
import dev.cvsearch.indexer.schema.Schema;
import dev.cvsearch.indexer.schema.StoredHit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.IntField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Expert finding: ranks people by the works that match a query plus their own document (name, CV
 * text, work titles). A query that names people ("Kai Zhen") is a lookup: only those people, with
 * all their works as evidence; any other query credits each matching work to the people linked to
 * it, so a co-author does not pass for the person searched by name.
 */
final class ExpertFinder {
  /** Matching works read per query; deeper ones hardly change who ranks where. */
  private static final int WORK_DEPTH = 1000;

  /** Works counted per person, with weights halving, so one prolific match does not dominate. */
  private static final int WORKS_COUNTED = 5;

  /** Most works listed as evidence. */
  static final int MAX_EVIDENCE = 200;

  /** Evidence order: matching the query first, then newest (works without a year last). */
  private static final Sort BY_SCORE_THEN_NEWEST = byScoreThenNewest();

  /**
   * A ranked person: id, their document (-1 when not known yet), score and the works that put them
   * there (documents), best first; null evidence stands for all their works, read only if shown
   * ({@link #evidence}).
   */
  record Expert(String id, int doc, float score, List<ScoredDoc> evidence) {}

  /** A matching work document with its score; its record is read only if it is shown. */
  record ScoredDoc(int doc, float score) {}

  private final StoredRecords records;
  private Query lastNameQuery;
  private TopDocs lastNamed;

  ExpertFinder(StoredRecords records) {
    this.records = records;
  }

  /**
   * Ranks people.
   *
   * @param query the text query
   * @param nameQuery the same words over person names only, or null when there are no words
   * @param workFilter the request's work filters (venue, topic, year…), or null
   */
  List<Expert> rank(Query query, Query nameQuery, Query workFilter) throws IOException {
    IndexSearcher searcher = records.searcher();
    if (nameQuery != null) { // null for an empty query: everyone, ranked by their works
      TopDocs named = named(nameQuery);
      if (named.scoreDocs.length > 0) {
        return lookup(named, workFilter);
      }
    }
    Map<String, List<ScoredDoc>> byPerson = new LinkedHashMap<>();
    // Only works linked to a known person can credit anyone: a few thousand of all the works,
    // so the text query is checked on those alone.
    TopDocs works =
        searcher.search(
            and(and(query, new FieldExistsQuery(Fields.PEOPLE)), workFilter), WORK_DEPTH);
    Map<Integer, List<String>> peopleOf =
        KeywordValues.of(searcher.getIndexReader(), Fields.PEOPLE, docs(works));
    for (ScoreDoc sd : works.scoreDocs) {
      for (String person : peopleOf.get(sd.doc)) {
        byPerson
            .computeIfAbsent(person, k -> new ArrayList<>())
            .add(new ScoredDoc(sd.doc, sd.score));
      }
    }
    Map<String, Float> own = new HashMap<>();
    Map<String, Integer> ownDoc = new HashMap<>();
    TopDocs people = searcher.search(and(query, typeQuery(HitFactory.PERSON)), WORK_DEPTH);
    for (ScoreDoc sd : people.scoreDocs) {
      String id = records.hit(sd.doc, false).hit().id();
      own.put(id, sd.score);
      ownDoc.put(id, sd.doc);
    }
    List<Expert> experts = new ArrayList<>();
    for (Map.Entry<String, List<ScoredDoc>> e : byPerson.entrySet()) {
      float score = own.getOrDefault(e.getKey(), 0f);
      List<ScoredDoc> ws = e.getValue();
      for (int i = 0; i < Math.min(WORKS_COUNTED, ws.size()); i++) {
        score += ws.get(i).score() / (1 << i);
      }
      experts.add(new Expert(e.getKey(), ownDoc.getOrDefault(e.getKey(), -1), score, limit(ws)));
    }
    if (workFilter == null) {
      // Without work filters a person may also be found by their own text alone.
      own.forEach(
          (id, score) -> {
            if (!byPerson.containsKey(id)) {
              experts.add(new Expert(id, ownDoc.get(id), score, List.of()));
            }
          });
    }
    experts.sort(Comparator.comparingDouble(Expert::score).reversed().thenComparing(Expert::id));
    return experts;
  }

  /** The people a name query finds; looked up once, as a relaxed retry asks again. */
  private TopDocs named(Query nameQuery) throws IOException {
    if (!nameQuery.equals(lastNameQuery)) {
      lastNamed = records.searcher().search(and(nameQuery, typeQuery(HitFactory.PERSON)), 100);
      lastNameQuery = nameQuery;
    }
    return lastNamed;
  }

  /**
   * The people named by the query; with work filters, only those with a work that passes them.
   * Their works are read only for the people shown ({@link #evidence}).
   */
  private List<Expert> lookup(TopDocs named, Query workFilter) throws IOException {
    List<Expert> experts = new ArrayList<>();
    for (ScoreDoc sd : named.scoreDocs) {
      String id = records.hit(sd.doc, false).hit().id();
      if (workFilter != null
          && records.searcher().count(and(new TermQuery(new Term(Fields.PEOPLE, id)), workFilter))
              == 0) {
        continue;
      }
      experts.add(new Expert(id, sd.doc, sd.score, null));
    }
    return experts;
  }

  /** The works that show why an expert ranks: the matching ones, or all for a named person. */
  List<ScoredDoc> evidence(Expert e, Query query, Query workFilter) throws IOException {
    return e.evidence() != null ? e.evidence() : limit(worksOf(e.id(), query, workFilter));
  }

  /** A person's works, those matching the query first, then newest first. */
  List<ScoredDoc> worksOf(String personId, Query query, Query workFilter) throws IOException {
    Query mine = and(new TermQuery(new Term(Fields.PEOPLE, personId)), workFilter);
    BooleanQuery scored =
        new BooleanQuery.Builder().add(mine, Occur.MUST).add(query, Occur.SHOULD).build();
    TopDocs top = records.searcher().search(scored, MAX_EVIDENCE, BY_SCORE_THEN_NEWEST, true);
    List<ScoredDoc> works = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) {
      works.add(new ScoredDoc(sd.doc, sd.score));
    }
    return works;
  }

  /**
   * What the people shown on a page list of their evidence works, in evidence order. A listed
   * person may show two hundred works: their hits are read in document order, from doc values.
   */
  List<StoredHit> works(List<ScoredDoc> evidence) throws IOException {
    int[] docs = evidence.stream().mapToInt(ScoredDoc::doc).sorted().distinct().toArray();
    Map<Integer, StoredHit> byDoc = new HashMap<>();
    for (int doc : docs) {
      StoredHit h = records.hit(doc, false).hit();
      if (!h.person()) {
        byDoc.put(doc, h);
      }
    }
    List<StoredHit> out = new ArrayList<>(evidence.size());
    for (ScoredDoc d : evidence) {
      StoredHit h = byDoc.get(d.doc());
      if (h != null) {
        out.add(h);
      }
    }
    return out;
  }

  private static int[] docs(TopDocs top) {
    int[] docs = new int[top.scoreDocs.length];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = top.scoreDocs[i].doc;
    }
    return docs;
  }

  private static List<ScoredDoc> limit(List<ScoredDoc> works) {
    return works.size() <= MAX_EVIDENCE ? works : List.copyOf(works.subList(0, MAX_EVIDENCE));
  }

  private static Sort byScoreThenNewest() {
    SortField date = IntField.newSortField(Fields.DATE, true, SortedNumericSelector.Type.MAX);
    date.setMissingValue(0);
    return new Sort(SortField.FIELD_SCORE, date);
  }

  static Query typeQuery(String type) {
    return new TermQuery(Schema.typeTerm(type));
  }

  static Query and(Query q, Query filter) {
    if (filter == null) {
      return q;
    }
    return new BooleanQuery.Builder().add(q, Occur.MUST).add(filter, Occur.FILTER).build();
  }

}
