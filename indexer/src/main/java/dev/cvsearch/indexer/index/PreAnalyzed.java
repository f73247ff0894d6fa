package dev.cvsearch.indexer.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexableFieldType;

/**
 * Runs the analysis of some of a document's text fields on the calling thread and hands the writer
 * their tokens, so {@link IndexBuilder}'s writer thread has less to do: analysis was a third of its
 * time, and the caller's thread was otherwise idle during indexing. Which fields are analysed here
 * balances the two threads: with every field here, the caller was the slower thread (1,005
 * profile samples against the writer's 709); with only bodies and work titles, the writer (945
 * against 496). Not thread-safe: one per builder, used by the thread that adds documents.
 *
 * <p>A token is kept as what indexing reads of it — its text, position increment and offsets — in
 * flat arrays, not as a captured attribute state: cloning every attribute of every token was half
 * of the memory allocated while indexing, and its garbage collection a good part of the CPU.
 */
final class PreAnalyzed {
  private final Analyzer analyzer;
  private final Set<String> fields;
  private final Map<IndexableFieldType, FieldType> indexedOnly = new HashMap<>();

  /**
   * @param fields the fields analysed here; the writer analyses the others itself
   */
  PreAnalyzed(Analyzer analyzer, Set<String> fields) {
    this.analyzer = analyzer;
    this.fields = Set.copyOf(fields);
  }

  /** The same document with each of the chosen text fields replaced by its recorded tokens. */
  Document of(Document doc) throws IOException {
    Document out = new Document();
    for (IndexableField f : doc) {
      IndexableFieldType type = f.fieldType();
      String value = f.stringValue();
      if (type.indexOptions() == IndexOptions.NONE || !type.tokenized() || value == null
          || !fields.contains(f.name())
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
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      Recorded r = new Recorded(value.length());
      ts.reset();
      while (ts.incrementToken()) {
        r.add(term.buffer(), term.length(), posInc.getPositionIncrement(),
            offset.startOffset(), offset.endOffset());
      }
      ts.end();
      r.finalPositionIncrement = posInc.getPositionIncrement();
      r.finalOffset = offset.endOffset();
      return r;
    }
  }

  /** Replays recorded tokens; owns its attributes, so the analyzer may move on. */
  private static final class Recorded extends TokenStream {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt =
        addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);

    private char[] chars;
    private int charCount;
    /** Per token: end of its text in {@link #chars}, position increment, start and end offset. */
    private int[] tokens = new int[4 * 16];
    private int count;
    int finalPositionIncrement;
    int finalOffset;
    private int next;

    Recorded(int textLength) {
      chars = new char[Math.max(16, textLength + 16)];
    }

    void add(char[] term, int length, int positionIncrement, int start, int end) {
      if (charCount + length > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(charCount + length, chars.length * 2));
      }
      System.arraycopy(term, 0, chars, charCount, length);
      charCount += length;
      if (4 * count + 4 > tokens.length) {
        tokens = Arrays.copyOf(tokens, tokens.length * 2);
      }
      int i = 4 * count++;
      tokens[i] = charCount;
      tokens[i + 1] = positionIncrement;
      tokens[i + 2] = start;
      tokens[i + 3] = end;
    }

    @Override
    public boolean incrementToken() {
      if (next >= count) {
        return false;
      }
      clearAttributes();
      int i = 4 * next;
      int from = next == 0 ? 0 : tokens[i - 4];
      termAtt.copyBuffer(chars, from, tokens[i] - from);
      posIncAtt.setPositionIncrement(tokens[i + 1]);
      offsetAtt.setOffset(tokens[i + 2], tokens[i + 3]);
      next++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      posIncAtt.setPositionIncrement(finalPositionIncrement);
      offsetAtt.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() {
      next = 0;
    }
  }
}
