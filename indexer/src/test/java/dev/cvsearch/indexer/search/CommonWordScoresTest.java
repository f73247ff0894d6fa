package dev.cvsearch.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvsearch.indexer.schema.Fields;
import dev.cvsearch.indexer.search.CommonWordScores.CachedWord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CommonWordScores} against Lucene's own scoring of the same queries, on an index of random
 * text in several segments with deleted documents: the arrays must change nothing but speed.
 */
class CommonWordScoresTest {
  private static final int DOCS = RandomTextIndex.DOCS;

  @TempDir static Path dir;
  private static FSDirectory directory;
  private static DirectoryReader reader;

  @BeforeAll
  static void index() throws IOException {
    directory = FSDirectory.open(dir);
    reader = RandomTextIndex.write(directory, 5L);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  @Test
  void words_scored_from_arrays_rank_and_score_every_match_as_lucene_does() throws IOException {
    Query speech = word("speech");
    Query model = word("model");
    Query robot = word("robot");
    List<Query> queries =
        List.of(
            speech,
            must(speech, model),
            must(model, robot),
            new BooleanQuery.Builder()
                .add(speech, Occur.SHOULD)
                .add(model, Occur.SHOULD)
                .add(robot, Occur.SHOULD)
                .setMinimumNumberShouldMatch(2)
                .build(),
            new BooleanQuery.Builder()
                .add(model, Occur.MUST)
                .add(new TermQuery(new Term(Fields.TITLE, "graph")), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.BODY, "vision")), Occur.MUST_NOT)
                .build(),
            new BooleanQuery.Builder()
                .add(speech, Occur.MUST)
                .add(perField(f -> new PhraseQuery(f, "model", "language")), Occur.MUST)
                .build(),
            new ConstantScoreQuery(must(speech, model)));
    IndexSearcher plain = new IndexSearcher(reader);
    assertThat(scores(Long.MAX_VALUE, 1).substitute(plain, must(speech, model)))
        .as("the words are answered from memory")
        .isNotEqualTo(must(speech, model));
    for (Query q : queries) {
      List<String> lucene = ranked(plain, q);
      assertThat(lucene).as("%s", q).hasSizeGreaterThan(10);
      assertThat(ranked(searcher(1, Long.MAX_VALUE), q)).as("%s", q).isEqualTo(lucene);
      // Split into slices that cut segments, as a long query is.
      assertThat(ranked(searcher(3, 0), q)).as("%s split", q).isEqualTo(lucene);
    }
  }

  @Test
  void only_words_of_many_documents_within_the_budget_are_kept() throws IOException {
    IndexSearcher plain = new IndexSearcher(reader);
    CommonWordScores all = scores(Long.MAX_VALUE, 1);
    assertThat(all.substitute(plain, word("speech"))).isInstanceOf(CachedWord.class);
    Query rare = word("quantum");
    assertThat(bodyFreq("quantum")).isPositive();
    assertThat(bodyFreq("quantum") * 32L).isLessThan(reader.maxDoc());
    assertThat(all.substitute(plain, rare)).isSameAs(rare);

    // A budget of the commonest word's arrays keeps that word and no other.
    List<String> byFreq = new ArrayList<>(RandomTextIndex.WORDS);
    byFreq.sort(Comparator.comparingInt(CommonWordScoresTest::bodyFreq).reversed());
    long commonest = CommonWordScores.bytes(reader.maxDoc(), bodyFreq(byFreq.get(0)));
    CommonWordScores one = scores(commonest, 1);
    assertThat(one.substitute(plain, word(byFreq.get(0)))).isInstanceOf(CachedWord.class);
    Query second = word(byFreq.get(1));
    assertThat(one.substitute(plain, second)).isSameAs(second);

    // Words in fewer documents than the least asked for are left to Lucene.
    Query speech = word("speech");
    assertThat(scores(Long.MAX_VALUE, DOCS).substitute(plain, speech)).isSameAs(speech);
  }

  @Test
  void a_kept_word_still_reports_where_it_matches_for_highlighting() throws IOException {
    IndexSearcher plain = new IndexSearcher(reader);
    Query cached = scores(Long.MAX_VALUE, 1).substitute(plain, word("speech"));
    assertThat(cached).isInstanceOf(CachedWord.class);
    Weight ours = plain.createWeight(cached, ScoreMode.COMPLETE, 1f);
    Weight lucene = plain.createWeight(plain.rewrite(word("speech")), ScoreMode.COMPLETE, 1f);
    for (ScoreDoc sd : plain.search(word("speech"), 5).scoreDocs) {
      LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(sd.doc, reader.leaves()));
      int doc = sd.doc - leaf.docBase;
      assertThat(ours.matches(leaf, doc)).isNotNull();
      assertThat(ours.explain(leaf, doc).getValue())
          .isEqualTo(lucene.explain(leaf, doc).getValue());
    }
  }

  /** Lists and words read on the caller's thread, so they are ready when the test looks. */
  private static CommonWordScores scores(long budget, int minDocFreq) {
    return new CommonWordScores(reader, budget, minDocFreq, Runnable::run);
  }

  private static int bodyFreq(String w) {
    try {
      return reader.docFreq(new Term(Fields.BODY, w));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SplitSearcher searcher(int parts, long splitCost) {
    return new SplitSearcher(reader, parts, splitCost, scores(Long.MAX_VALUE, 1));
  }

  private static Query must(Query a, Query b) {
    return new BooleanQuery.Builder().add(a, Occur.MUST).add(b, Occur.MUST).build();
  }

  private static DisjunctionMaxQuery word(String w) {
    return perField(f -> new TermQuery(new Term(f, w)));
  }

  private static DisjunctionMaxQuery perField(Function<String, Query> query) {
    Map<String, Float> boosts =
        Map.of(Fields.TITLE, 1.5f, Fields.BODY, 1f, Fields.VENUE_TEXT, 0.8f);
    List<Query> disjuncts = new ArrayList<>();
    boosts.forEach((f, b) -> disjuncts.add(new BoostQuery(query.apply(f), b)));
    return new DisjunctionMaxQuery(disjuncts, 0.3f);
  }

  /** Every hit as document and score, best first, with the exact total. */
  private static List<String> ranked(IndexSearcher searcher, Query query) throws IOException {
    TopDocs top =
        searcher.search(query, new TopScoreDocCollectorManager(DOCS, null, Integer.MAX_VALUE));
    List<String> out = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      out.add(sd.doc + ":" + sd.score);
    }
    assertThat(top.totalHits.value()).isEqualTo(out.size());
    return out;
  }
}
