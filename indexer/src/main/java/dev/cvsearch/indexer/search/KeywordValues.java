package dev.cvsearch.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * Reads the values of a keyword field (indexed with sorted-set doc values, as every {@code
 * KeywordField} is) for many documents at once, without touching the stored records: expert
 * finding needs only the ids of a work's people, and decompressing and parsing a whole record per
 * matching work was most of its cost.
 */
final class KeywordValues {
  private KeywordValues() {}

  /** The values of {@code field} for each of {@code docs} (global doc ids); none → empty list. */
  static Map<Integer, List<String>> of(IndexReader reader, String field, int[] docs)
      throws IOException {
    int[] sorted = docs.clone();
    Arrays.sort(sorted); // doc-values iterators only move forward
    Map<Integer, List<String>> out = new HashMap<>();
    List<LeafReaderContext> leaves = reader.leaves();
    int leafIndex = -1;
    LeafReaderContext leaf = null;
    SortedSetDocValues values = null;
    for (int doc : sorted) {
      if (out.containsKey(doc)) {
        continue;
      }
      int i = ReaderUtil.subIndex(doc, leaves);
      if (i != leafIndex) {
        leafIndex = i;
        leaf = leaves.get(i);
        values = DocValues.getSortedSet(leaf.reader(), field);
      }
      List<String> list = new ArrayList<>();
      if (values.advanceExact(doc - leaf.docBase)) {
        for (int k = 0; k < values.docValueCount(); k++) {
          list.add(values.lookupOrd(values.nextOrd()).utf8ToString());
        }
      }
      out.put(doc, list);
    }
    return out;
  }

  /** The single value of {@code field} for one document, or null when it has none. */
  static String one(IndexReader reader, String field, int doc) throws IOException {
    List<String> v = of(reader, field, new int[] {doc}).get(doc);
    return v.isEmpty() ? null : v.get(0);
  }
}
