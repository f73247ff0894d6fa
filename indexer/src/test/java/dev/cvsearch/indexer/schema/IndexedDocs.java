package dev.cvsearch.indexer.schema;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.util.BytesRef;

/** What tests read of an indexed document: its hit (a doc value) and stored body. */
public final class IndexedDocs {
  private IndexedDocs() {}

  /** The hit of a document (top-level id). */
  public static StoredHit hit(IndexReader reader, int doc) throws IOException {
    BytesRef bytes = value(reader, doc, Fields.HIT);
    if (bytes == null) {
      throw new AssertionError("document " + doc + " has no hit");
    }
    return StoredHit.decode(bytes);
  }

  /** The body text stored for highlighting, or null. */
  public static String body(IndexReader reader, int doc) throws IOException {
    return reader.storedFields().document(doc, Set.of(Fields.BODY)).get(Fields.BODY);
  }

  private static BytesRef value(IndexReader reader, int doc, String field) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    BinaryDocValues values = DocValues.getBinary(leaf.reader(), field);
    return values.advanceExact(doc - leaf.docBase) ? values.binaryValue() : null;
  }
}
