package dev.cvsearch.indexer.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexableFieldType;
import org.apache.lucene.util.AttributeSource;

/**
 * Runs the analysis of a document's text fields on the calling thread and hands the writer their
 * recorded tokens, so {@link IndexBuilder}'s writer thread only inverts: analysis was a third of
 * its time, and the caller's thread was otherwise idle during indexing. Not thread-safe: one per
 * builder, used by the thread that adds documents.
 */
final class PreAnalyzed {
  private final Analyzer analyzer;
  private final Map<IndexableFieldType, FieldType> indexedOnly = new HashMap<>();

  PreAnalyzed(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The same document with every tokenized text field replaced by its recorded tokens. */
  Document of(Document doc) throws IOException {
    Document out = new Document();
    for (IndexableField f : doc) {
      IndexableFieldType type = f.fieldType();
      String value = f.stringValue();
      if (type.indexOptions() == IndexOptions.NONE || !type.tokenized() || value == null
          || f.readerValue() != null
          || (f instanceof Field field && field.tokenStreamValue() != null)) {
        out.add(f);
        continue;
      }
      out.add(new Field(f.name(), record(f.name(), value), indexedOnly(type)));
      if (type.stored()) {
        out.add(new StoredField(f.name(), value));
      }
    }
    return out;
  }

  private FieldType indexedOnly(IndexableFieldType type) {
    return indexedOnly.computeIfAbsent(type, t -> {
      FieldType ft = new FieldType(t);
      ft.setStored(false);
      ft.freeze();
      return ft;
    });
  }

  private Recorded record(String field, String value) throws IOException {
    try (TokenStream ts = analyzer.tokenStream(field, value)) {
      Recorded r = new Recorded(ts.cloneAttributes());
      ts.reset();
      while (ts.incrementToken()) {
        r.states.add(ts.captureState());
      }
      ts.end();
      r.end = ts.captureState();
      return r;
    }
  }

  /** Replays captured token states; owns its attributes, so the analyzer may move on. */
  private static final class Recorded extends TokenStream {
    final List<AttributeSource.State> states = new ArrayList<>();
    AttributeSource.State end;
    private int next;

    Recorded(AttributeSource attributes) {
      super(attributes);
    }

    @Override
    public boolean incrementToken() {
      if (next >= states.size()) {
        return false;
      }
      restoreState(states.get(next++));
      return true;
    }

    @Override
    public void end() {
      restoreState(end);
    }

    @Override
    public void reset() {
      next = 0;
    }
  }
}
