package dev.cvsearch.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * The facet values of every document of one index reader, held in memory as global ordinals: for
 * each document the ordinals of its values (type, venue, topics, year, publication type), and for
 * each ordinal its dimension and value.
 *
 * <p>Counting then costs an array read per value of a matching document. Lucene's sorted-set facet
 * counting instead collects the matches into a bit set and then decodes packed doc values for each
 * of them, which was a quarter of a search; and checking a document against the request's filters
 * from the same arrays lets one pass over the matches give the hits, the exact total and every
 * multi-select count ({@link FacetedSearch}). Built once per reader (an index generation never
 * changes): about 5 bytes per value and 4 per document.
 */
final class FacetOrdinals {
  private final String[] dims;
  private final int[] dimStart;
  private final int[] dimEnd;
  private final Map<String, Integer> dimIndex = new HashMap<>();
  /** Global ordinal → index into {@link #dims}. */
  private final byte[] dimOf;
  /** Global ordinal → value (the label without its dimension). */
  private final String[] values;
  /** Per dimension: value → global ordinal. */
  private final List<Map<String, Integer>> byValue = new ArrayList<>();
  /** Document (top-level id) → its first position in {@link #ords}; one extra entry at the end. */
  private final int[] docStart;
  private final int[] ords;

  private FacetOrdinals(
      String[] dims, int[] dimStart, int[] dimEnd, String[] values, int[] docStart, int[] ords) {
    this.dims = dims;
    this.dimStart = dimStart;
    this.dimEnd = dimEnd;
    this.values = values;
    this.docStart = docStart;
    this.ords = ords;
    this.dimOf = new byte[values.length];
    for (int d = 0; d < dims.length; d++) {
      dimIndex.put(dims[d], d);
      Map<String, Integer> m = new HashMap<>();
      for (int ord = dimStart[d]; ord < dimEnd[d]; ord++) {
        dimOf[ord] = (byte) d;
        m.put(values[ord], ord);
      }
      byValue.add(m);
    }
  }

  /** Loads the ordinals of a reader; empty when it has no facet values (an empty index). */
  static Optional<FacetOrdinals> load(IndexReader reader, FacetsConfig config, String anyDim)
      throws IOException {
    String field = config.getDimConfig(anyDim).indexFieldName;
    FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(field);
    if (reader.numDocs() == 0 || info == null || info.getDocValuesType() != DocValuesType.SORTED_SET) {
      return Optional.empty();
    }
    List<LeafReaderContext> leaves = reader.leaves();
    SortedSetDocValues[] perLeaf = new SortedSetDocValues[leaves.size()];
    for (int i = 0; i < perLeaf.length; i++) {
      perLeaf[i] = DocValues.getSortedSet(leaves.get(i).reader(), field);
    }
    // Global ordinals follow the sorted labels ("dim\u001fvalue"), so a dimension is a range.
    OrdinalMap map =
        perLeaf.length == 1 ? null : OrdinalMap.build(null, perLeaf, PackedInts.DEFAULT);
    int size = Math.toIntExact(map == null ? perLeaf[0].getValueCount() : map.getValueCount());
    String[] values = new String[size];
    List<String> dims = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    for (int ord = 0; ord < size; ord++) {
      int leaf = map == null ? 0 : map.getFirstSegmentNumber(ord);
      long leafOrd = map == null ? ord : map.getFirstSegmentOrd(ord);
      String[] path = FacetsConfig.stringToPath(perLeaf[leaf].lookupOrd(leafOrd).utf8ToString());
      String dim = path[0];
      values[ord] = path[path.length - 1];
      if (dims.isEmpty() || !dims.getLast().equals(dim)) {
        dims.add(dim);
        starts.add(ord);
      }
    }
    if (dims.size() > Byte.MAX_VALUE) {
      throw new IllegalStateException("more facet dimensions than expected: " + dims);
    }
    int[] dimStart = new int[dims.size()];
    int[] dimEnd = new int[dims.size()];
    for (int d = 0; d < dimStart.length; d++) {
      dimStart[d] = starts.get(d);
      dimEnd[d] = d + 1 < dimStart.length ? starts.get(d + 1) : size;
    }
    int[] docStart = new int[reader.maxDoc() + 1];
    int[] ords = new int[Math.max(16, reader.maxDoc() * 4)];
    int n = 0;
    for (int i = 0; i < leaves.size(); i++) {
      LeafReaderContext leaf = leaves.get(i);
      // A fresh iterator: the one above was used for label look-ups.
      SortedSetDocValues dv = DocValues.getSortedSet(leaf.reader(), field);
      LongValues global = map == null ? LongValues.IDENTITY : map.getGlobalOrds(i);
      int maxDoc = leaf.reader().maxDoc();
      int next = dv.nextDoc();
      for (int doc = 0; doc < maxDoc; doc++) {
        docStart[leaf.docBase + doc] = n;
        if (next != doc) {
          continue;
        }
        int count = dv.docValueCount();
        if (n + count > ords.length) {
          ords = Arrays.copyOf(ords, Math.max(n + count, ords.length + (ords.length >> 1)));
        }
        for (int k = 0; k < count; k++) {
          ords[n++] = (int) global.get(dv.nextOrd());
        }
        next = dv.nextDoc();
      }
      if (next != DocIdSetIterator.NO_MORE_DOCS) {
        throw new IllegalStateException("facet doc values past the last document of a segment");
      }
    }
    docStart[reader.maxDoc()] = n;
    return Optional.of(
        new FacetOrdinals(
            dims.toArray(String[]::new), dimStart, dimEnd, values, docStart, Arrays.copyOf(ords, n)));
  }

  /** Number of global ordinals: the size of a counts array. */
  int size() {
    return values.length;
  }

  /** Whether the index has values of this dimension. */
  boolean has(String dim) {
    return dimIndex.containsKey(dim);
  }

  /** The index of a dimension, or -1 when the index has no values of it. */
  int dim(String dim) {
    return dimIndex.getOrDefault(dim, -1);
  }

  /** The dimension index of an ordinal. */
  int dimOf(int ord) {
    return dimOf[ord];
  }

  /** The global ordinal of a value of a dimension, or -1 when no document has it. */
  int ord(String dim, String value) {
    int d = dim(dim);
    return d < 0 ? -1 : byValue.get(d).getOrDefault(value, -1);
  }

  /** The value of an ordinal. */
  String value(int ord) {
    return values[ord];
  }

  /** First ordinal of a dimension (see {@link #dim}). */
  int start(int dim) {
    return dimStart[dim];
  }

  /** One past the last ordinal of a dimension. */
  int end(int dim) {
    return dimEnd[dim];
  }

  /** The raw per-document arrays, for the collectors' inner loops. */
  int[] docStarts() {
    return docStart;
  }

  int[] ordinals() {
    return ords;
  }

  /**
   * The top values of a dimension by count, ties in value order (as Lucene's facet counts order
   * them); values counted zero are left out.
   */
  List<Count> top(String dim, int n, int[] counts) {
    int d = dim(dim);
    if (d < 0 || n <= 0) {
      return List.of();
    }
    List<Count> out = new ArrayList<>();
    for (int ord = dimStart[d]; ord < dimEnd[d]; ord++) {
      if (counts[ord] > 0) {
        out.add(new Count(values[ord], counts[ord]));
      }
    }
    // Stable: equal counts keep ordinal (value) order.
    out.sort((a, b) -> Integer.compare(b.count(), a.count()));
    return out.size() > n ? List.copyOf(out.subList(0, n)) : out;
  }

  /** Every value of a dimension with the number of documents that have it, in value order. */
  List<Count> all(String dim) {
    int d = dim(dim);
    if (d < 0) {
      return List.of();
    }
    int[] counts = new int[values.length];
    for (int ord : ords) {
      counts[ord]++;
    }
    List<Count> out = new ArrayList<>();
    for (int ord = dimStart[d]; ord < dimEnd[d]; ord++) {
      out.add(new Count(values[ord], counts[ord]));
    }
    return out;
  }

  /** A value and its count. */
  record Count(String value, int count) {}
}
