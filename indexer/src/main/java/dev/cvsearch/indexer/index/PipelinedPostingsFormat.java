package dev.cvsearch.indexer.index;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.codecs.FieldsConsumer;
import org.apache.lucene.codecs.FieldsProducer;
import org.apache.lucene.codecs.NormsProducer;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.index.BaseTermsEnum;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.MergeState;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOBooleanSupplier;

/**
 * A postings format that writes exactly what its delegate writes, under the delegate's name (so
 * the index reads back with the delegate), but flushes a segment on two threads. Flushing the
 * in-memory postings of a segment is one loop per term: read the term's documents and positions
 * back from the indexing buffer (vInts in byte slices), then encode and write them. Here a second
 * thread does the reading, a batch of terms ahead, while the flushing thread encodes and writes.
 * The final flush of a build took about 3 s with the other core idle, and reading was about 40% of
 * it.
 *
 * <p>Only flushes are pipelined; merges go straight to the delegate. A field with payloads, which
 * the schema has none of, makes the whole flush go straight to the delegate too.
 */
final class PipelinedPostingsFormat extends PostingsFormat {
  /** Positions a batch collects before it is handed over: a few MB of ints. */
  private static final int BATCH_POSITIONS = 1 << 17;

  /** Batches read ahead of the writer. */
  private static final int QUEUE = 4;

  private final PostingsFormat delegate;
  private final int batchPositions;

  PipelinedPostingsFormat(PostingsFormat delegate) {
    this(delegate, BATCH_POSITIONS);
  }

  /**
   * @param batchPositions positions (or documents) a batch collects before it is handed over
   */
  PipelinedPostingsFormat(PostingsFormat delegate, int batchPositions) {
    super(delegate.getName());
    this.delegate = delegate;
    this.batchPositions = batchPositions;
  }

  @Override
  public FieldsConsumer fieldsConsumer(SegmentWriteState state) throws IOException {
    FieldsConsumer in = delegate.fieldsConsumer(state);
    FieldInfos infos = state.fieldInfos;
    return new FieldsConsumer() {
      @Override
      public void write(Fields fields, NormsProducer norms) throws IOException {
        if (infos.hasPayloads()) {
          in.write(fields, norms);
          return;
        }
        try (ReadAhead ahead =
            new ReadAhead(fields, infos, batchPositions, state.segmentInfo.name)) {
          in.write(ahead.fields(), norms);
        }
      }

      @Override
      public void merge(MergeState mergeState, NormsProducer norms) throws IOException {
        in.merge(mergeState, norms);
      }

      @Override
      public void close() throws IOException {
        in.close();
      }
    };
  }

  @Override
  public FieldsProducer fieldsProducer(SegmentReadState state) throws IOException {
    return delegate.fieldsProducer(state);
  }

  /**
   * The terms of some fields, in order, with their postings copied out of the indexing buffer.
   * A field's terms end with a batch marked {@link #lastOfField}.
   */
  private static final class Batch {
    final String field;
    final boolean withPositions;
    boolean lastOfField;
    byte[] termBytes = new byte[1024];
    int termBytesLength;
    /** Per term: end in {@link #termBytes}, end in {@link #docs}, first position. */
    int[] termEnds = new int[64];
    int[] docEnds = new int[64];
    int[] positionStarts = new int[64];
    int terms;
    int[] docs = new int[256];
    int[] freqs = new int[256];
    int docCount;
    /** Per position: the position, its start and end offsets. */
    int[] positions = new int[3 * 256];
    int positionCount;

    Batch(String field, boolean withPositions) {
      this.field = field;
      this.withPositions = withPositions;
    }

    void startTerm(BytesRef term) {
      termBytes = ArrayUtil.grow(termBytes, termBytesLength + term.length);
      System.arraycopy(term.bytes, term.offset, termBytes, termBytesLength, term.length);
      termBytesLength += term.length;
      if (terms == termEnds.length) {
        termEnds = ArrayUtil.grow(termEnds);
        docEnds = ArrayUtil.growExact(docEnds, termEnds.length);
        positionStarts = ArrayUtil.growExact(positionStarts, termEnds.length);
      }
      termEnds[terms] = termBytesLength;
      positionStarts[terms] = positionCount;
    }

    void addDoc(int doc, int freq) {
      if (docCount == docs.length) {
        docs = ArrayUtil.grow(docs);
        freqs = ArrayUtil.growExact(freqs, docs.length);
      }
      docs[docCount] = doc;
      freqs[docCount++] = freq;
    }

    void addPosition(int position, int start, int end) {
      positions = ArrayUtil.grow(positions, 3 * positionCount + 3);
      int i = 3 * positionCount++;
      positions[i] = position;
      positions[i + 1] = start;
      positions[i + 2] = end;
    }

    void endTerm() {
      docEnds[terms++] = docCount;
    }

    boolean full(int limit) {
      return positionCount >= limit || docCount >= limit;
    }
  }

  /** Reads the postings on its own thread, batch by batch, for the writer to take. */
  private static final class ReadAhead implements AutoCloseable {
    private static final Batch FAILED = new Batch(null, false);

    private final Fields fields;
    private final List<String> names = new ArrayList<>();
    private final FieldInfos infos;
    private final int batchPositions;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread reader;
    private volatile boolean closed;
    private volatile Throwable failure;

    ReadAhead(Fields fields, FieldInfos infos, int batchPositions, String segment)
        throws IOException {
      this.fields = fields;
      this.infos = infos;
      this.batchPositions = batchPositions;
      for (String field : fields) {
        if (fields.terms(field) != null) {
          names.add(field);
        }
      }
      reader = new Thread(this::readAll, "postings-read-ahead-" + segment);
      reader.setDaemon(true);
      reader.start();
    }

    private void readAll() {
      try {
        for (String field : names) {
          if (!closed) {
            read(field);
          }
        }
      } catch (Throwable t) {
        failure = t;
        hand(FAILED);
      }
    }

    private void read(String field) throws IOException {
      IndexOptions options = infos.fieldInfo(field).getIndexOptions();
      boolean freqs = options.compareTo(IndexOptions.DOCS_AND_FREQS) >= 0;
      boolean positions = options.compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) >= 0;
      boolean offsets =
          options.compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS) >= 0;
      int flags =
          offsets ? PostingsEnum.OFFSETS
              : positions ? PostingsEnum.POSITIONS
              : freqs ? PostingsEnum.FREQS : PostingsEnum.NONE;
      TermsEnum terms = fields.terms(field).iterator();
      PostingsEnum postings = null;
      Batch batch = new Batch(field, positions);
      for (BytesRef term = terms.next(); term != null; term = terms.next()) {
        batch.startTerm(term);
        postings = terms.postings(postings, flags);
        for (int doc = postings.nextDoc();
            doc != PostingsEnum.NO_MORE_DOCS;
            doc = postings.nextDoc()) {
          int freq = freqs ? postings.freq() : 1;
          batch.addDoc(doc, freq);
          if (positions) {
            for (int i = 0; i < freq; i++) {
              int position = postings.nextPosition();
              batch.addPosition(
                  position,
                  offsets ? postings.startOffset() : -1,
                  offsets ? postings.endOffset() : -1);
            }
          }
        }
        batch.endTerm();
        if (batch.full(batchPositions)) {
          if (!hand(batch)) {
            return;
          }
          batch = new Batch(field, positions);
        }
      }
      batch.lastOfField = true;
      hand(batch);
    }

    /**
     * Queues a batch; false once the writer has closed (it failed, or was interrupted), and
     * reading should stop.
     */
    private boolean hand(Batch batch) {
      try {
        while (!closed) {
          if (queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
            return true;
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return false;
    }

    private Batch take(String field) throws IOException {
      Batch b;
      try {
        b = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while flushing the postings of " + field);
      }
      if (b == FAILED) {
        switch (failure) {
          case IOException io -> throw io;
          case UncheckedIOException u -> throw u.getCause();
          case RuntimeException re -> throw re;
          case Error err -> throw err;
          default -> throw new IOException("reading the postings of " + field + " failed", failure);
        }
      }
      if (!b.field.equals(field)) {
        throw new IllegalStateException(
            "postings read ahead for field " + b.field + " but the writer asked for " + field);
      }
      return b;
    }

    /** The fields the writer sees: the same names, with terms taken from the queue. */
    Fields fields() {
      return new Fields() {
        @Override
        public Iterator<String> iterator() {
          return names.iterator();
        }

        @Override
        public Terms terms(String field) throws IOException {
          Terms in = fields.terms(field);
          return in == null ? null : new QueuedTerms(in, field);
        }

        @Override
        public int size() {
          return names.size();
        }
      };
    }

    @Override
    public void close() throws IOException {
      closed = true;
      queue.clear();
      try {
        reader.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while stopping the postings reader");
      }
    }

    /**
     * A field's terms as the writer reads them: one pass, in order, from the queue; the field's
     * statistics are the buffer's own.
     */
    private final class QueuedTerms extends FilterLeafReader.FilterTerms {
      private final String field;

      QueuedTerms(Terms in, String field) {
        super(in);
        this.field = field;
      }

      @Override
      public TermsEnum iterator() {
        return new QueuedTermsEnum(field);
      }
    }

    private final class QueuedTermsEnum extends BaseTermsEnum {
      private final String field;
      private final BytesRef term = new BytesRef();
      private Batch batch;
      private int index = -1;
      private boolean done;

      QueuedTermsEnum(String field) {
        this.field = field;
      }

      @Override
      public BytesRef next() throws IOException {
        if (done) {
          return null;
        }
        if (batch == null || index + 1 >= batch.terms) {
          do {
            if (batch != null && batch.lastOfField) {
              done = true;
              batch = null;
              return null;
            }
            batch = take(field);
            index = -1;
          } while (batch.terms == 0);
        }
        index++;
        int from = index == 0 ? 0 : batch.termEnds[index - 1];
        term.bytes = batch.termBytes;
        term.offset = from;
        term.length = batch.termEnds[index] - from;
        return term;
      }

      @Override
      public BytesRef term() {
        return term;
      }

      @Override
      public PostingsEnum postings(PostingsEnum reuse, int flags) {
        QueuedPostings p = reuse instanceof QueuedPostings q ? q : new QueuedPostings();
        p.reset(batch, index);
        return p;
      }

      @Override
      public int docFreq() {
        return batch.docEnds[index] - (index == 0 ? 0 : batch.docEnds[index - 1]);
      }

      @Override
      public long totalTermFreq() {
        long sum = 0;
        for (int d = index == 0 ? 0 : batch.docEnds[index - 1]; d < batch.docEnds[index]; d++) {
          sum += batch.freqs[d];
        }
        return sum;
      }

      @Override
      public SeekStatus seekCeil(BytesRef text) {
        throw new UnsupportedOperationException("flushed terms are read once, in order");
      }

      @Override
      public IOBooleanSupplier prepareSeekExact(BytesRef text) {
        throw new UnsupportedOperationException("flushed terms are read once, in order");
      }

      @Override
      public void seekExact(long ord) {
        throw new UnsupportedOperationException("flushed terms are read once, in order");
      }

      @Override
      public void seekExact(BytesRef term, TermState state) {
        throw new UnsupportedOperationException("flushed terms are read once, in order");
      }

      @Override
      public long ord() {
        throw new UnsupportedOperationException("flushed terms have no ords");
      }

      @Override
      public ImpactsEnum impacts(int flags) {
        throw new UnsupportedOperationException("flushed terms have no impacts yet");
      }
    }
  }

  /** One term's documents and positions out of a batch. */
  private static final class QueuedPostings extends PostingsEnum {
    private Batch batch;
    private int first;
    private int doc;
    private int end;
    private int docId;
    /** Index of the current document's first position, and of the position last read. */
    private int docPositions;
    private int position;

    void reset(Batch batch, int term) {
      this.batch = batch;
      first = term == 0 ? 0 : batch.docEnds[term - 1];
      doc = first - 1;
      end = batch.docEnds[term];
      docId = -1;
      docPositions = batch.positionStarts[term];
      position = docPositions - 1;
    }

    @Override
    public int nextDoc() {
      if (docId == NO_MORE_DOCS) {
        return docId;
      }
      if (doc >= first && batch.withPositions) {
        docPositions += batch.freqs[doc]; // past the last document's positions, read or not
      }
      if (++doc >= end) {
        return docId = NO_MORE_DOCS;
      }
      position = docPositions - 1;
      return docId = batch.docs[doc];
    }

    @Override
    public int docID() {
      return docId;
    }

    @Override
    public int freq() {
      return batch.freqs[doc];
    }

    @Override
    public int nextPosition() {
      return batch.positions[3 * ++position];
    }

    @Override
    public int startOffset() {
      return batch.positions[3 * position + 1];
    }

    @Override
    public int endOffset() {
      return batch.positions[3 * position + 2];
    }

    @Override
    public BytesRef getPayload() {
      return null;
    }

    @Override
    public int advance(int target) throws IOException {
      return slowAdvance(target);
    }

    @Override
    public long cost() {
      return end - first;
    }
  }
}
