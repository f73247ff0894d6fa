package dev.cvsearch.indexer.search;

import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.schema.Fields;
import dev.cvsearch.indexer.search.StoredRecords.Stored;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
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

  /** A ranked person: id, score and the works that put them there, best first. */
  record Expert(String id, float score, List<Work> evidence) {}

  private final StoredRecords records;

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
    if (nameQuery != null) { // null for an empty query: everyone, ranked by their works
      TopDocs named =
          records.searcher().search(and(nameQuery, typeQuery(HitFactory.PERSON)), 100);
      if (named.scoreDocs.length > 0) {
        return lookup(named, query, workFilter);
      }
    }
    Map<String, List<ScoredWork>> byPerson = new LinkedHashMap<>();
    TopDocs works =
        records.searcher().search(and(and(query, typeQuery(HitFactory.WORK)), workFilter), WORK_DEPTH);
    for (ScoreDoc sd : works.scoreDocs) {
      Work w = records.load(sd.doc).work();
      for (String person : w == null ? List.<String>of() : w.people()) {
        byPerson.computeIfAbsent(person, k -> new ArrayList<>()).add(new ScoredWork(w, sd.score));
      }
    }
    Map<String, Float> own = new HashMap<>();
    TopDocs people = records.searcher().search(and(query, typeQuery(HitFactory.PERSON)), WORK_DEPTH);
    for (ScoreDoc sd : people.scoreDocs) {
      Stored s = records.load(sd.doc);
      if (!s.isWork()) {
        own.put(s.id(), sd.score);
      }
    }
    List<Expert> experts = new ArrayList<>();
    for (Map.Entry<String, List<ScoredWork>> e : byPerson.entrySet()) {
      float score = own.getOrDefault(e.getKey(), 0f);
      List<ScoredWork> ws = e.getValue();
      for (int i = 0; i < Math.min(WORKS_COUNTED, ws.size()); i++) {
        score += ws.get(i).score / (1 << i);
      }
      experts.add(new Expert(e.getKey(), score, evidence(ws)));
    }
    if (workFilter == null) {
      // Without work filters a person may also be found by their own text alone.
      own.forEach(
          (id, score) -> {
            if (!byPerson.containsKey(id)) {
              experts.add(new Expert(id, score, List.of()));
            }
          });
    }
    experts.sort(Comparator.comparingDouble(Expert::score).reversed().thenComparing(Expert::id));
    return experts;
  }

  /** The people named by the query, each with all their (filtered) works. */
  private List<Expert> lookup(TopDocs named, Query query, Query workFilter) throws IOException {
    List<Expert> experts = new ArrayList<>();
    for (ScoreDoc sd : named.scoreDocs) {
      Stored s = records.load(sd.doc);
      if (s.isWork()) {
        continue;
      }
      List<ScoredWork> works = worksOf(s.id(), query, workFilter);
      if (workFilter != null && works.isEmpty()) {
        continue;
      }
      experts.add(new Expert(s.id(), sd.score, evidence(works)));
    }
    return experts;
  }

  /** A person's works, those matching the query first, then newest first. */
  List<ScoredWork> worksOf(String personId, Query query, Query workFilter) throws IOException {
    Query mine = and(new TermQuery(new Term(Fields.PEOPLE, personId)), workFilter);
    BooleanQuery scored =
        new BooleanQuery.Builder().add(mine, Occur.MUST).add(query, Occur.SHOULD).build();
    TopDocs top = records.searcher().search(scored, MAX_EVIDENCE);
    List<ScoredWork> works = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      Stored s = records.load(sd.doc);
      if (s.isWork()) {
        works.add(new ScoredWork(s.work(), sd.score));
      }
    }
    works.sort(
        Comparator.comparingDouble(ScoredWork::score)
            .reversed()
            .thenComparing(w -> w.work().year() == null ? 0 : -w.work().year()));
    return works;
  }

  private static List<Work> evidence(List<ScoredWork> works) {
    return works.stream().limit(MAX_EVIDENCE).map(ScoredWork::work).toList();
  }

  static Query typeQuery(String type) {
    return new TermQuery(new Term(Fields.TYPE, type));
  }

  static Query and(Query q, Query filter) {
    if (filter == null) {
      return q;
    }
    return new BooleanQuery.Builder().add(q, Occur.MUST).add(filter, Occur.FILTER).build();
  }

  /** A work with its score for the query. */
  record ScoredWork(Work work, float score) {}
}
