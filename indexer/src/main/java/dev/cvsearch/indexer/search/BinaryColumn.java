package dev.cvsearch.indexer.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.util.BytesRef;

/**
 * One binary doc-values field read at top-level document ids in any order. Doc-values iterators
 * only move forward, so a leaf's iterator is opened again when a document behind it is asked for;
 * ascending reads (a sorted page) use one iterator per leaf. Not thread-safe: one per request.
 */
final class BinaryColumn {
  private final List<LeafReaderContext> leaves;
  private final String field;
  private final BinaryDocValues[] perLeaf;
  /** The last document asked for in each leaf (leaf-relative), -1 before the first. */
  private final int[] last;

  BinaryColumn(IndexReader reader, String field) {
    this.leaves = reader.leaves();
    this.field = field;
    this.perLeaf = new BinaryDocValues[leaves.size()];
    this.last = new int[leaves.size()];
    java.util.Arrays.fill(last, -1);
  }

  /**
   * The value of a document, or null when it has none. The bytes are only valid until the next
   * call.
   */
  BytesRef get(int doc) throws IOException {
    int i = ReaderUtil.subIndex(doc, leaves);
    LeafReaderContext leaf = leaves.get(i);
    int target = doc - leaf.docBase;
    if (perLeaf[i] == null || target <= last[i]) {
      perLeaf[i] = DocValues.getBinary(leaf.reader(), field);
    }
    last[i] = target;
    return perLeaf[i].advanceExact(target) ? perLeaf[i].binaryValue() : null;
  }
}
