package dev.cvsearch.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TermLookupsTest {
  private ByteBuffersDirectory directory;
  private DirectoryReader reader;
  private IndexSearcher searcher;

  @BeforeEach
  void index() throws IOException {
    directory = new ByteBuffersDirectory();
    IndexWriterConfig iwc = new IndexWriterConfig(new WhitespaceAnalyzer());
    try (IndexWriter w = new IndexWriter(directory, iwc)) {
      add(w, "speech models", "end to end speech recognition with language models");
      add(w, "graph parsing", "parsing graphs of speech");
      w.commit(); // a second segment
      add(w, "language models", "models of language and of speech");
      add(w, "robots", "robot vision");
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
    assertThat(reader.leaves()).hasSize(2);
  }

  private static void add(IndexWriter w, String title, String body) throws IOException {
    Document doc = new Document();
    doc.add(new TextField("title", title, Field.Store.NO));
    doc.add(new TextField("body", body, Field.Store.NO));
    w.addDocument(doc);
  }

  @AfterEach
  void close() throws IOException {
    reader.close();
    directory.close();
  }

  /** "word" over title (boosted) and body, as the query factory builds a word. */
  private static Query word(String word) {
    return new DisjunctionMaxQuery(
        List.of(
            new BoostQuery(new TermQuery(new Term("title", word)), 2f),
            new TermQuery(new Term("body", word))),
        0.1f);
  }

  @Test
  void a_bound_query_finds_and_scores_what_the_unbound_one_does() throws IOException {
    Query unbound =
        new BooleanQuery.Builder()
            .add(word("speech"), Occur.MUST)
            .add(word("models"), Occur.SHOULD)
            .add(word("language"), Occur.SHOULD)
            .add(new TermQuery(new Term("body", "robot")), Occur.MUST_NOT)
            .build();
    Query bound = new TermLookups(searcher).bind(unbound);

    assertThat(bound).isEqualTo(unbound).isNotSameAs(unbound);
    TopDocs expected = searcher.search(unbound, 10);
    TopDocs actual = searcher.search(bound, 10);
    assertThat(actual.totalHits).isEqualTo(expected.totalHits);
    assertThat(actual.scoreDocs).hasSize(3);
    for (int i = 0; i < expected.scoreDocs.length; i++) {
      assertThat(actual.scoreDocs[i].doc).isEqualTo(expected.scoreDocs[i].doc);
      assertThat(actual.scoreDocs[i].score).isEqualTo(expected.scoreDocs[i].score);
    }
  }

  @Test
  void each_term_is_looked_up_once_however_often_its_queries_are_bound() throws IOException {
    TermLookups lookups = new TermLookups(searcher);
    Query first =
        lookups.bind(
            new BooleanQuery.Builder()
                .add(new TermQuery(new Term("body", "speech")), Occur.MUST)
                .add(new TermQuery(new Term("body", "models")), Occur.MUST)
                .build());
    TermQuery again = (TermQuery) lookups.bind(new TermQuery(new Term("body", "speech")));

    TermQuery speech = (TermQuery) ((BooleanQuery) first).clauses().getFirst().query();
    assertThat(speech.getTermStates()).isNotNull();
    assertThat(speech.getTermStates().docFreq()).isEqualTo(3);
    assertThat(again.getTermStates()).isSameAs(speech.getTermStates());
  }

  @Test
  void a_term_the_index_lacks_is_bound_and_finds_nothing() throws IOException {
    Query bound = new TermLookups(searcher).bind(word("unheard"));

    assertThat(searcher.count(bound)).isZero();
  }

  @Test
  void shapes_it_does_not_know_are_kept_as_they_are() throws IOException {
    Query phrase = new PhraseQuery("body", "speech", "recognition");

    assertThat(new TermLookups(searcher).bind(phrase)).isSameAs(phrase);
    assertThat(new TermLookups(searcher).bind(null)).isNull();
  }
}
