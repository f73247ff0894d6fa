package dev.cvsearch.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongHeap;
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
 * changes).
 *
 * <p>Each document has a fixed slot of {@value #SLOT} chars (16 bytes): its number of values, then
 * the values. A match then mostly costs one cache line, where an offsets array beside a values
 * array cost two or three misses, most of the counting time. A
 * document with more values than fit, or with an ordinal too large for a char (a person with works
 * in many venues), has its values in a spill array instead: 16 bytes per document in all, plus 4 per
 * spilled value.
 *
 * <p>A dimension where nearly every document has one value at most (the year, the type, a work's
 * venue) also has a column: per document its value there, in one char; a document with more is
 * marked, and its slot read instead. A filter's sideways count reads only the filter's dimension
 * of most matches, and the column's 32 documents per cache line cost fewer misses than their
 * 16-byte slots: at 1M records, queries of a word or two with a year or venue filter ran 11–31 %
 * faster. (A two-char column for arXiv's topics, which a sixth of the documents overflow, made its
 * filters 7–13 % slower than the slots.) 2 bytes per document and such dimension: 8 MB at 1M.
 */
final class FacetOrdinals {
  /** The doc-values field of the ordinals, whose postings hold the drill-down terms. */
  private final String field;
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
  /** Chars per document: the count and up to {@value #SLOT} - 1 ordinals. */
  static final int SLOT = 8;

  /** The count of a document whose values are spilled; slots 1 and 2 hold where they start. */
  private static final char SPILLED = Character.MAX_VALUE;

  /** Per document (top-level id), {@link #SLOT} chars: see the class comment. */
  private final char[] slots;
  /** Spilled documents' values, each run preceded by its length. */
  private final int[] spill;
  /**
   * Per dimension, null or a char per document: 0 for no value, its value's ordinal less the
   * dimension's start plus one, or {@link #IN_SLOT} when it has several.
   */
  private final char[][] columns;

  /** A column's mark of a document whose values in the dimension are in its slot only. */
  private static final char IN_SLOT = Character.MAX_VALUE;

  /** A dimension has a column when no more than this share of its documents have two values. */
  private static final double SEVERAL_AT_MOST = 0.05;

  /**
   * Per dimension without a column, per value (ordinal less the dimension's start) the documents
   * that have it: a bit set when at least one document in {@link #DENSE_VALUE} has it, else a
   * sorted list of top-level ids. Null for a dimension with a column. See {@link
   * #countSideways(FixedBitSet, int, int, int, int[])}.
   */
  private final long[][][] valueBits;

  private final int[][][] valueDocs;

  /** A value of one document in this many or more has its documents as a bit set. */
  private static final int DENSE_VALUE = 64;

  private FacetOrdinals(
      String field,
      String[] dims,
      int[] dimStart,
      int[] dimEnd,
      String[] values,
      char[] slots,
      int[] spill) {
    this.field = field;
    this.dims = dims;
    this.dimStart = dimStart;
    this.dimEnd = dimEnd;
    this.values = values;
    this.slots = slots;
    this.spill = spill;
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
    this.columns = columns();
    this.valueBits = new long[dims.length][][];
    this.valueDocs = new int[dims.length][][];
    for (int d = 0; d < dims.length; d++) {
      if (columns[d] == null) {
        documentsByValue(d);
      }
    }
  }

  /** Fills {@link #valueBits} and {@link #valueDocs} of a dimension. */
  private void documentsByValue(int d) {
    int maxDoc = maxDoc();
    int n = dimEnd[d] - dimStart[d];
    int[] docCount = new int[n];
    int[] values = new int[SLOT];
    for (int doc = 0; doc < maxDoc; doc++) {
      values = valuesOf(doc, values);
      for (int k = 1; k <= values[0]; k++) {
        if (dimOf[values[k]] == d) {
          docCount[values[k] - dimStart[d]]++;
        }
      }
    }
    long[][] bits = new long[n][];
    int[][] docs = new int[n][];
    for (int v = 0; v < n; v++) {
      if ((long) docCount[v] * DENSE_VALUE >= maxDoc) {
        bits[v] = new long[FixedBitSet.bits2words(maxDoc)];
      } else {
        docs[v] = new int[docCount[v]];
      }
    }
    int[] filled = new int[n];
    for (int doc = 0; doc < maxDoc; doc++) {
      values = valuesOf(doc, values);
      for (int k = 1; k <= values[0]; k++) {
        if (dimOf[values[k]] == d) {
          int v = values[k] - dimStart[d];
          if (bits[v] != null) {
            bits[v][doc >> 6] |= 1L << doc;
          } else {
            docs[v][filled[v]++] = doc;
          }
        }
      }
    }
    valueBits[d] = bits;
    valueDocs[d] = docs;
  }

  /** The columns (see {@link #columns}). */
  private char[][] columns() {
    int maxDoc = maxDoc();
    char[][] out = new char[dims.length][];
    int[] withValues = new int[dims.length];
    int[] withSeveral = new int[dims.length];
    for (int d = 0; d < dims.length; d++) {
      if (dimEnd[d] - dimStart[d] < IN_SLOT) {
        out[d] = new char[maxDoc];
      }
    }
    int[] values = new int[SLOT];
    for (int doc = 0; doc < maxDoc; doc++) {
      values = valuesOf(doc, values);
      for (int k = 1; k <= values[0]; k++) {
        int d = dimOf[values[k]];
        if (out[d] == null) {
          continue;
        }
        char v = out[d][doc];
        if (v == 0) {
          withValues[d]++;
          out[d][doc] = (char) (values[k] - dimStart[d] + 1);
        } else if (v != IN_SLOT) {
          withSeveral[d]++;
          out[d][doc] = IN_SLOT;
        }
      }
    }
    for (int d = 0; d < dims.length; d++) {
      if (withSeveral[d] > SEVERAL_AT_MOST * withValues[d]) {
        out[d] = null; // most of its documents would read their slots anyway
      }
    }
    return out;
  }

  /**
   * A document's (top-level id) number of values, then the values, in the given array or a larger
   * one.
   */
  private int[] valuesOf(int doc, int[] into) {
    int at = doc * SLOT;
    boolean spilled = slots[at] == SPILLED;
    int from = spilled ? slots[at + 1] << 16 | slots[at + 2] : 0;
    int m = spilled ? spill[from] : slots[at];
    if (into.length <= m) {
      into = new int[m + 1];
    }
    into[0] = m;
    for (int k = 1; k <= m; k++) {
      into[k] = spilled ? spill[from + k] : slots[at + k];
    }
    return into;
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
    char[] slots = new char[Math.multiplyExact(reader.maxDoc(), SLOT)];
    int[] spill = new int[16];
    int spilled = 0;
    int[] docOrds = new int[SLOT];
    for (int i = 0; i < leaves.size(); i++) {
      LeafReaderContext leaf = leaves.get(i);
      // A fresh iterator: the one above was used for label look-ups.
      SortedSetDocValues dv = DocValues.getSortedSet(leaf.reader(), field);
      LongValues global = map == null ? LongValues.IDENTITY : map.getGlobalOrds(i);
      for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
        int count = dv.docValueCount();
        if (count > docOrds.length) {
          docOrds = new int[count];
        }
        boolean fits = count < SLOT;
        for (int k = 0; k < count; k++) {
          docOrds[k] = (int) global.get(dv.nextOrd());
          fits &= docOrds[k] < SPILLED;
        }
        int at = (leaf.docBase + doc) * SLOT;
        if (fits) {
          slots[at] = (char) count;
          for (int k = 0; k < count; k++) {
            slots[at + 1 + k] = (char) docOrds[k];
          }
          continue;
        }
        if (spilled + 1 + count > spill.length) {
          spill = Arrays.copyOf(spill, Math.max(spilled + 1 + count, spill.length * 2));
        }
        slots[at] = SPILLED;
        slots[at + 1] = (char) (spilled >>> 16);
        slots[at + 2] = (char) spilled;
        spill[spilled++] = count;
        System.arraycopy(docOrds, 0, spill, spilled, count);
        spilled += count;
      }
    }
    return Optional.of(
        new FacetOrdinals(
            field,
            dims.toArray(String[]::new),
            dimStart,
            dimEnd,
            values,
            slots,
            Arrays.copyOf(spill, spilled)));
  }

  /** Number of documents (top-level ids run from 0 to this, exclusive). */
  int maxDoc() {
    return slots.length / SLOT;
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

  /** Whether a dimension's sideways counts read its column (see the class comment). */
  boolean hasColumn(String dim) {
    int d = dim(dim);
    return d >= 0 && columns[d] != null;
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

  /**
   * Adds one to the count of every value of each document.
   *
   * @param docs top-level document ids
   * @param n how many of them
   */
  void count(int[] docs, int n, int[] counts) {
    for (int i = 0; i < n; i++) {
      int at = docs[i] * SLOT;
      int m = slots[at];
      if (m != SPILLED) {
        for (int k = 1; k <= m; k++) {
          counts[slots[at + k]]++;
        }
      } else {
        int from = slots[at + 1] << 16 | slots[at + 2];
        for (int k = from + spill[from]; k > from; k--) {
          counts[spill[k]]++;
        }
      }
    }
  }

  /**
   * For each document, adds one to the count of its values in one dimension only.
   *
   * @param docs top-level document ids
   * @param dimOfDoc for each document, the dimension to count, as its bit in the selection
   * @param n how many documents
   */
  void countSideways(int[] docs, byte[] dimOfDoc, int n, FacetSelection selection, int[] counts) {
    byte[] numbering = selection.selectedDim;
    for (int i = 0; i < n; i++) {
      int d = dimOfDoc[i];
      int dim = selection.dimOfBit[d];
      if (dim < 0) {
        continue; // the index has no values of this dimension
      }
      char[] column = columns[dim];
      if (column != null) {
        int v = column[docs[i]];
        if (v != IN_SLOT) {
          if (v != 0) {
            counts[dimStart[dim] + v - 1]++;
          }
          continue;
        }
      }
      int at = docs[i] * SLOT;
      int m = slots[at];
      if (m != SPILLED) {
        for (int k = 1; k <= m; k++) {
          int ord = slots[at + k];
          if (numbering[ord] == d) {
            counts[ord]++;
          }
        }
      } else {
        int from = slots[at + 1] << 16 | slots[at + 2];
        for (int k = from + spill[from]; k > from; k--) {
          if (numbering[spill[k]] == d) {
            counts[spill[k]]++;
          }
        }
      }
    }
  }

  /**
   * Whether a dimension's sideways counts over many documents are better taken from a bit set of
   * them ({@link #countSideways(FixedBitSet, int, int, int, int[])}) than document by document:
   * a dimension without a column, whose documents' slots would each be read.
   */
  boolean countsFromBits(int dim) {
    return valueBits[dim] != null;
  }

  /**
   * Adds to the count of each value of a dimension how many of the given documents have it. Per
   * value, a common one's bit set is intersected with the documents a 64-bit word at a time, and a
   * rare one's documents are looked up among them: at 1M records a common word under an arXiv
   * topic filter has hundreds of thousands of matches outside the topic, each counted in the
   * topics from a slot of 16 bytes, and that was 29 % of its search (JFR). This costs about
   * the same whatever the number of documents, so it serves only many ({@link FacetedSearch}).
   *
   * @param docs top-level document ids, none set outside [from, to]
   * @param dim a dimension for which {@link #countsFromBits} holds
   */
  void countSideways(FixedBitSet docs, int from, int to, int dim, int[] counts) {
    long[] words = docs.getBits();
    long[][] bits = valueBits[dim];
    int[][] lists = valueDocs[dim];
    for (int v = 0; v < bits.length; v++) {
      int n = 0;
      if (bits[v] != null) {
        long[] b = bits[v];
        for (int w = from >> 6, last = to >> 6; w <= last; w++) {
          n += Long.bitCount(words[w] & b[w]);
        }
      } else {
        int[] list = lists[v];
        int i = Arrays.binarySearch(list, from);
        for (i = i < 0 ? -i - 1 : i; i < list.length && list[i] <= to; i++) {
          if ((words[list[i] >> 6] & (1L << list[i])) != 0) {
            n++;
          }
        }
      }
      counts[dimStart[dim] + v] += n;
    }
  }

  /** The drill-down term of an ordinal: the documents with the value are its postings. */
  Term term(int ord) {
    return DrillDownQuery.term(field, dims[dimOf[ord]], values[ord]);
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
    // A bounded heap of (count, reversed ordinal): the least is dropped when it overflows.
    LongHeap best = new LongHeap(Math.min(n, dimEnd[d] - dimStart[d]));
    for (int ord = dimStart[d]; ord < dimEnd[d]; ord++) {
      if (counts[ord] > 0) {
        best.insertWithOverflow((long) counts[ord] << 32 | (Integer.MAX_VALUE - ord));
      }
    }
    Count[] out = new Count[best.size()];
    for (int i = out.length - 1; i >= 0; i--) {
      int ord = Integer.MAX_VALUE - (int) best.pop();
      out[i] = new Count(values[ord], counts[ord]);
    }
    return List.of(out);
  }

  /** Every value of a dimension with the number of documents that have it, in value order. */
  List<Count> all(String dim) {
    int d = dim(dim);
    if (d < 0) {
      return List.of();
    }
    int[] counts = new int[values.length];
    int[] docs = new int[1024];
    int maxDoc = maxDoc();
    for (int from = 0; from < maxDoc; from += docs.length) {
      int n = Math.min(docs.length, maxDoc - from);
      for (int i = 0; i < n; i++) {
        docs[i] = from + i;
      }
      count(docs, n, counts);
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
