package dev.cvsearch.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.codecs.lucene103.Lucene103PostingsFormat;
import org.apache.lucene.codecs.perfield.PerFieldPostingsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelinedPostingsFormatTest {
  @TempDir Path tmp;

  private static final FieldType WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);
  private static final FieldType FREQS_ONLY = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    WITH_OFFSETS.freeze();
    FREQS_ONLY.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    FREQS_ONLY.freeze();
  }

  /** Lucene's codec with the pipelined postings, in batches of a few positions. */
  private static Codec pipelined(int batchPositions) {
    PostingsFormat pipelined =
        new PipelinedPostingsFormat(new Lucene103PostingsFormat(), batchPositions);
    return new FilterCodec("Lucene103", new Lucene103Codec()) {
      private final PostingsFormat postings =
          new PerFieldPostingsFormat() {
            @Override
            public PostingsFormat getPostingsFormatForField(String field) {
              return pipelined;
            }
          };

      @Override
      public PostingsFormat postingsFormat() {
        return postings;
      }
    };
  }

  private static List<Document> documents(int count) {
    String[] words = "graph neural network speech recognition the of model data low resource"
        .split(" ");
    Random random = new Random(20261206L);
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder body = new StringBuilder();
      int length = random.nextInt(40); // some bodies are empty
      for (int w = 0; w < length; w++) {
        body.append(words[random.nextInt(words.length)]).append(i % 7 == 0 ? "  " : " ");
      }
      Document doc = new Document();
      doc.add(new StringField("id", "doc-" + i, Field.Store.NO));
      doc.add(new Field("body", body.toString(), WITH_OFFSETS));
      doc.add(new TextField("title", words[i % words.length] + " " + i, Field.Store.NO));
      doc.add(new Field("tags", words[random.nextInt(3)] + " " + words[random.nextInt(3)],
          FREQS_ONLY));
      docs.add(doc);
    }
    return docs;
  }

  /** Writes the documents in two flushed segments, then merges them into one. */
  private static void write(Directory dir, Codec codec, List<Document> docs) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
        .setCodec(codec)
        .setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      for (int i = 0; i < docs.size(); i++) {
        writer.addDocument(docs.get(i));
        if (i == docs.size() / 2) {
          writer.commit();
        }
      }
      writer.commit();
    }
  }

  @Test
  void a_pipelined_flush_writes_every_posting_as_lucene_does_across_many_batches()
      throws IOException {
    List<Document> docs = documents(600);
    try (Directory ours = FSDirectory.open(tmp.resolve("ours"));
        Directory lucene = FSDirectory.open(tmp.resolve("lucene"))) {
      write(ours, pipelined(5), docs);
      write(lucene, new Lucene103Codec(), docs);

      assertSamePostings(ours, lucene);
      try (CheckIndex check = new CheckIndex(ours)) {
        assertThat(check.checkIndex().clean).isTrue();
      }
    }
  }

  @Test
  void a_pipelined_index_reads_back_with_lucenes_postings_format_and_merges_clean()
      throws IOException {
    try (Directory dir = FSDirectory.open(tmp.resolve("index"))) {
      write(dir, pipelined(3), documents(50));
      try (IndexWriter writer =
          new IndexWriter(
              dir, new IndexWriterConfig(new StandardAnalyzer()).setCodec(pipelined(3)))) {
        writer.forceMerge(1);
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.leaves()).hasSize(1);
        FieldInfo body = reader.leaves().getFirst().reader().getFieldInfos().fieldInfo("body");
        assertThat(body.getAttribute(PerFieldPostingsFormat.PER_FIELD_FORMAT_KEY))
            .isEqualTo(new Lucene103PostingsFormat().getName());
        assertThat(reader.docFreq(new Term("id", "doc-7"))).isEqualTo(1);
      }
      try (CheckIndex check = new CheckIndex(dir)) {
        assertThat(check.checkIndex().clean).isTrue();
      }
    }
  }

  /** Every field, term, document, frequency, position and offset of two indexes, in order. */
  private static void assertSamePostings(Directory a, Directory b) throws IOException {
    try (DirectoryReader ra = DirectoryReader.open(a);
        DirectoryReader rb = DirectoryReader.open(b)) {
      assertThat(ra.leaves()).hasSameSizeAs(rb.leaves());
      long positions = 0;
      for (int l = 0; l < ra.leaves().size(); l++) {
        LeafReader x = ra.leaves().get(l).reader();
        LeafReader y = rb.leaves().get(l).reader();
        for (FieldInfo field : x.getFieldInfos()) {
          positions += assertSameTerms(field, x.terms(field.name), y.terms(field.name));
        }
      }
      assertThat(positions).isGreaterThan(5_000);
    }
  }

  private static long assertSameTerms(FieldInfo field, Terms x, Terms y) throws IOException {
    if (x == null) {
      assertThat(y).isNull();
      return 0;
    }
    boolean withPositions =
        field.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) >= 0;
    int flags = withPositions ? PostingsEnum.ALL : PostingsEnum.FREQS;
    TermsEnum ex = x.iterator();
    TermsEnum ey = y.iterator();
    long positions = 0;
    for (BytesRef term = ex.next(); term != null; term = ex.next()) {
      String where = field.name + ":" + term.utf8ToString();
      assertThat(ey.next()).as(where).isEqualTo(term);
      assertThat(ex.docFreq()).as(where).isEqualTo(ey.docFreq());
      assertThat(ex.totalTermFreq()).as(where).isEqualTo(ey.totalTermFreq());
      PostingsEnum px = ex.postings(null, flags);
      PostingsEnum py = ey.postings(null, flags);
      for (int doc = px.nextDoc(); ; doc = px.nextDoc()) {
        assertThat(py.nextDoc()).as(where).isEqualTo(doc);
        if (doc == PostingsEnum.NO_MORE_DOCS) {
          break;
        }
        assertThat(px.freq()).as(where).isEqualTo(py.freq());
        for (int i = 0; withPositions && i < px.freq(); i++) {
          assertThat(px.nextPosition()).as(where).isEqualTo(py.nextPosition());
          assertThat(px.startOffset()).as(where).isEqualTo(py.startOffset());
          assertThat(px.endOffset()).as(where).isEqualTo(py.endOffset());
          positions++;
        }
      }
    }
    assertThat(ey.next()).as(field.name).isNull();
    return positions;
  }
}
