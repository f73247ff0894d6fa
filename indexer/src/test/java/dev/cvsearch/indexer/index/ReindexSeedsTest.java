package dev.cvsearch.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvsearch.indexer.SharedData;
import dev.cvsearch.indexer.schema.Fields;
import dev.cvsearch.indexer.schema.IndexedDocs;
import dev.cvsearch.indexer.schema.StoredHit;
import dev.cvsearch.indexer.schema.Schema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real index of the seed documents: document counts and the analysis cases on real text. */
class ReindexSeedsTest {
  @TempDir static Path tmp;
  private static ReindexResult result;
  private static DirectoryReader reader;
  private static IndexSearcher searcher;
  private static Analyzer query;

  @BeforeAll
  static void reindexSeeds() throws IOException {
    Path index = tmp.resolve("index");
    result = new Reindexer(line -> {})
        .run(new Reindexer.Options(SharedData.resolve("seeds"), index, false));
    Path gen = IndexLayout.open(index).currentGeneration().orElseThrow().dir();
    reader = DirectoryReader.open(FSDirectory.open(gen));
    searcher = new IndexSearcher(reader);
    query = Schema.queryAnalyzer(gen);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
  }

  private static long count(String type) throws IOException {
    return searcher.count(new TermQuery(Schema.typeTerm(type)));
  }

  /** Ids of works whose title or abstract match all words of the text. */
  private static Set<String> works(String text) throws IOException {
    QueryBuilder qb = new QueryBuilder(query);
    BooleanQuery.Builder fields = new BooleanQuery.Builder();
    for (String f : List.of(Fields.TITLE, Fields.BODY)) {
      Query q = qb.createBooleanQuery(f, text, BooleanClause.Occur.MUST);
      if (q != null) {
        fields.add(q, BooleanClause.Occur.SHOULD);
      }
    }
    Query q = new BooleanQuery.Builder()
        .add(fields.build(), BooleanClause.Occur.MUST)
        .add(new TermQuery(Schema.typeTerm(DocumentMapper.WORK)), BooleanClause.Occur.FILTER)
        .build();
    Set<String> ids = new HashSet<>();
    for (ScoreDoc sd : searcher.search(q, 1000).scoreDocs) {
      ids.add(hit(sd.doc).id());
    }
    return ids;
  }

  private static String title(String id) throws IOException {
    var hits = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1).scoreDocs;
    return hit(hits[0].doc).title();
  }

  /** What the index keeps for a document's hit (id, title…). */
  private static StoredHit hit(int doc) throws IOException {
    return IndexedDocs.hit(searcher.getIndexReader(), doc);
  }

  @Test
  void seeds_give_65_work_documents_and_4_person_documents() throws IOException {
    assertThat(count(DocumentMapper.WORK)).isEqualTo(65);
    assertThat(count(DocumentMapper.PERSON)).isEqualTo(4);
    assertThat(result.works()).isEqualTo(65);
    assertThat(result.people()).isEqualTo(4);
    assertThat(result.filesRead()).isEqualTo(5);
    assertThat(result.duplicatesMerged()).isEqualTo(20);
  }

  @Test
  void quantisation_and_quantization_find_the_same_works() throws IOException {
    assertThat(works("quantisation")).isNotEmpty().isEqualTo(works("quantization"));
  }

  @Test
  void asr_and_automatic_speech_recognition_find_the_same_works() throws IOException {
    assertThat(works("ASR")).isNotEmpty().isEqualTo(works("automatic speech recognition"));
  }

  @Test
  void lion_finds_the_lion_papers_and_nothing_that_only_says_million() throws IOException {
    Set<String> lion = works("Lion");
    assertThat(lion).isNotEmpty();
    for (String id : lion) {
      var hits = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1).scoreDocs;
      String text =
          hit(hits[0].doc).title() + " " + IndexedDocs.body(searcher.getIndexReader(), hits[0].doc);
      assertThat(text).containsIgnoringCase("lion");
      assertThat(text.toLowerCase(java.util.Locale.ROOT).replace("million", ""))
          .contains("lion");
    }
  }

  @Test
  void wanda_plus_plus_ranks_the_wanda_plus_plus_paper_first() throws IOException {
    QueryBuilder qb = new QueryBuilder(query);
    ScoreDoc[] hits = searcher.search(qb.createBooleanQuery(Fields.TITLE, "Wanda++"), 5).scoreDocs;
    assertThat(hits).isNotEmpty();
    assertThat(hit(hits[0].doc).title()).contains("Wanda++");
  }

  @Test
  void a_person_document_carries_the_titles_of_their_works() throws IOException {
    Query q = new QueryBuilder(query).createPhraseQuery(Fields.AUTHORS, "Kai Zhen");
    var hits = searcher.search(new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
        .add(new TermQuery(Schema.typeTerm(DocumentMapper.PERSON)),
            BooleanClause.Occur.FILTER).build(), 10).scoreDocs;
    assertThat(hits).hasSize(1);
    String id = hit(hits[0].doc).id();
    long linked = searcher.count(new TermQuery(new Term(Fields.PEOPLE, id)));
    assertThat(linked).isGreaterThan(10);
    assertThat(IndexLabels.read(IndexLayout.open(tmp.resolve("index")).currentGeneration()
        .orElseThrow().dir()).person(id)).contains("Kai Zhen");
  }

  @Test
  void the_generation_has_labels_and_mined_acronyms() throws IOException {
    Path gen = IndexLayout.open(tmp.resolve("index")).currentGeneration().orElseThrow().dir();
    IndexLabels labels = IndexLabels.read(gen);
    assertThat(labels.venue("emnlp")).contains("EMNLP");
    assertThat(labels.topic("eess.AS")).contains("Audio and Speech Processing");
    assertThat(GenerationInfo.read(gen).works()).isEqualTo(65);
    assertThat(result.minedAcronyms()).isPositive();
    assertThat(title(works("Wanda++").iterator().next())).isNotBlank();
  }
}
