package dev.cvsearch.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvsearch.indexer.schema.Fields;
import java.io.IOException;
import java.util.List;
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
import org.apache.lucene.store.Directory;

/**
 * An index of random text for comparing our scorers with Lucene's: several segments, deleted
 * documents, a venue field only the first segment has, and skewed word frequencies (the first
 * words common, the last rare, and "quantum" in about one abstract in 73).
 */
final class RandomTextIndex {
  static final List<String> WORDS =
      List.of("speech", "model", "language", "graph", "neural", "parsing", "vision", "robot");
  static final int DOCS = 12_000;

  private RandomTextIndex() {}

  static DirectoryReader write(Directory directory, long seed) throws IOException {
    Random rnd = new Random(seed);
    IndexWriterConfig iwc = new IndexWriterConfig(new WhitespaceAnalyzer());
    iwc.setMaxBufferedDocs(3_000);
    try (IndexWriter w = new IndexWriter(directory, iwc)) {
      for (int i = 0; i < DOCS; i++) {
        Document doc = new Document();
        doc.add(new StringField("id", Integer.toString(i), Field.Store.NO));
        doc.add(new TextField(Fields.TITLE, words(rnd, 1 + rnd.nextInt(8)), Field.Store.NO));
        if (rnd.nextInt(4) != 0) {
          String rare = i % 97 == 0 ? " quantum" : "";
          String body = words(rnd, 5 + rnd.nextInt(120)) + rare;
          doc.add(new TextField(Fields.BODY, body, Field.Store.NO));
        }
        if (i < 2_000) {
          doc.add(new TextField(Fields.VENUE_TEXT, words(rnd, 2), Field.Store.NO));
        }
        w.addDocument(doc);
      }
      for (int i = 0; i < DOCS; i += 7) {
        w.deleteDocuments(new Term("id", Integer.toString(i)));
      }
    }
    DirectoryReader reader = DirectoryReader.open(directory);
    assertThat(reader.leaves()).hasSizeGreaterThan(2);
    assertThat(reader.hasDeletions()).isTrue();
    return reader;
  }

  private static String words(Random rnd, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int w = (int) Math.min(WORDS.size() - 1, Math.abs(rnd.nextGaussian()) * 3);
      sb.append(WORDS.get(w)).append(' ');
    }
    return sb.toString();
  }
}
