package dev.cvsearch.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
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
  private static final List<String> WORDS =
      List.of("speech", "model", "language", "graph", "neural", "parsing", "vision", "robot");
  private static final int DOCS = 12_000;

  @TempDir static Path dir;
  private static FSDirectory directory;
  private static DirectoryReader reader;

  @BeforeAll
  static void index() throws IOException {
    Random rnd = new Random(11);
    directory = FSDirectory.open(dir);
    IndexWriterConfig iwc = new IndexWriterConfig(new WhitespaceAnalyzer());
    iwc.setMaxBufferedDocs(3_000);
    try (IndexWriter w = new IndexWriter(directory, iwc)) {
      for (int i = 0; i < DOCS; i++) {
        Document doc = new Document();
        doc.add(new StringField("id", Integer.toString(i), Field.Store.NO));
        doc.add(new TextField("title", words(rnd, 1 + rnd.nextInt(8)), Field.Store.NO));
        if (rnd.nextInt(4) != 0) {
          doc.add(new TextField("body", words(rnd, 5 + rnd.nextInt(120)), Field.Store.NO));
        }
        if (i < 2_000) {
          doc.add(new TextField("venue", words(rnd, 2), Field.Store.NO)); // first segment only
        }
        w.addDocument(doc);
      }
      for (int i = 0; i < DOCS; i += 7) {
        w.deleteDocuments(new Term("id", Integer.toString(i)));
      }
    }
    reader = DirectoryReader.open(directory);
    assertThat(reader.leaves()).hasSizeGreaterThan(2);
    assertThat(reader.hasDeletions()).isTrue();
  }

  /** Skewed word frequencies: the first words are common, the last rare. */
  private static String words(Random rnd, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int w = (int) Math.min(WORDS.size() - 1, Math.abs(rnd.nextGaussian()) * 3);
      sb.append(WORDS.get(w)).append(' ');
    }
    return sb.toString();
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
    Map<String, Float> boosts = Map.of("title", 1.5f, "body", 1f, "venue", 0.8f);
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
    assertThat(scores(new SplitSearcher(reader, 1, Long.MAX_VALUE), query)).isEqualTo(lucene);
    assertThat(scores(new SplitSearcher(reader, 3, 0), query)).isEqualTo(lucene);
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
