package dev.cvsearch.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvsearch.indexer.schema.Fields;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link WindowedDisMax} against Lucene's own disjunction-max scoring, document by document, on an
 * index of random text in several segments with deleted documents and a field only some segments
 * have.
 */
class WindowedDisMaxTest {
  private static final int DOCS = RandomTextIndex.DOCS;

  @TempDir static Path dir;
  private static FSDirectory directory;
  private static DirectoryReader reader;

  @BeforeAll
  static void index() throws IOException {
    directory = FSDirectory.open(dir);
    reader = RandomTextIndex.write(directory, 11L);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  @Test
  void a_common_word_over_boosted_fields_scores_every_match_as_lucene_does() throws IOException {
    sameAsLucene(perField(f -> new TermQuery(new Term(f, "speech")), 0.3f));
    sameAsLucene(perField(f -> new TermQuery(new Term(f, "robot")), 0.3f));
  }

  @Test
  void phrases_and_a_field_missing_from_some_segments_score_as_lucene_does() throws IOException {
    sameAsLucene(perField(f -> new PhraseQuery(f, "speech", "model"), 0.3f));
    sameAsLucene(perField(f -> new TermQuery(new Term(f, "model")), 0f));
    sameAsLucene(perField(f -> new TermQuery(new Term(f, "graph")), 1f));
  }

  @Test
  void only_a_top_level_disjunction_scored_in_full_is_windowed() throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    Query dismax = perField(f -> new TermQuery(new Term(f, "speech")), 0.3f);
    assertThat(WindowedDisMax.of(searcher, dismax, ScoreMode.COMPLETE))
        .isInstanceOf(WindowedDisMax.class);
    assertThat(WindowedDisMax.of(searcher, dismax, ScoreMode.TOP_SCORES))
        .isNotInstanceOf(WindowedDisMax.class);
    assertThat(WindowedDisMax.of(searcher, dismax, ScoreMode.COMPLETE_NO_SCORES))
        .isNotInstanceOf(WindowedDisMax.class);
  }

  private static DisjunctionMaxQuery perField(
      java.util.function.Function<String, Query> query, float tie) {
    Map<String, Float> boosts = Map.of(Fields.TITLE, 1.5f, Fields.BODY, 1f, Fields.VENUE_TEXT, 0.8f);
    List<Query> disjuncts = new ArrayList<>();
    boosts.forEach((f, b) -> disjuncts.add(new BoostQuery(query.apply(f), b)));
    return new DisjunctionMaxQuery(disjuncts, tie);
  }

  /**
   * Every match and its score, through the searcher that windows (whole, and split into slices
   * that cut segments) and through Lucene's, must be the same to the bit.
   */
  private static void sameAsLucene(Query query) throws IOException {
    Map<Integer, Float> lucene = scores(new IndexSearcher(reader), query);
    assertThat(lucene).isNotEmpty();
    // No word's scores kept in arrays: those would take the place of the windows.
    CommonWordScores none = new CommonWordScores(reader, 0, 1, Runnable::run);
    assertThat(scores(new SplitSearcher(reader, 1, Long.MAX_VALUE, none), query)).isEqualTo(lucene);
    assertThat(scores(new SplitSearcher(reader, 3, 0, none), query)).isEqualTo(lucene);
  }

  private static Map<Integer, Float> scores(IndexSearcher searcher, Query query)
      throws IOException {
    TopDocs top =
        searcher.search(query, new TopScoreDocCollectorManager(DOCS, null, Integer.MAX_VALUE));
    Map<Integer, Float> out = new HashMap<>();
    for (ScoreDoc sd : top.scoreDocs) {
      out.put(sd.doc, sd.score);
    }
    assertThat(top.totalHits.value()).isEqualTo(out.size());
    return out;
  }
}
