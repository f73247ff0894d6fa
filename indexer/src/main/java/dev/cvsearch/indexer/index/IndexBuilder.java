package dev.cvsearch.indexer.index;

import dev.cvsearch.indexer.schema.Fields;
import dev.cvsearch.indexer.schema.Schema;
import java.io.IOException;
import java.nio.file.Path;
import java.io.InterruptedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes one generation: a single {@link IndexWriter} in CREATE mode, one commit at the end, so a
 * reader sees all of the generation or nothing. Closing without {@link #commit} rolls back.
 *
 * <p>A generation starts empty and the merger gives every record a unique {@link Fields#ID}, so
 * documents are appended: no delete-by-id per document. Segments are written as plain files, not
 * compound files, which saves copying every flushed and merged segment once more.
 *
 * <p>{@link #add} hands the document to one writer thread, so the caller builds the next document
 * (record JSON, facets) while this one is analysed: two cores both work, and with a single writer
 * thread the documents keep their order, so doc ids (score ties) do not change from run to run.
 * The caller also analyses the English texts ({@link PreAnalyzed}): titles, bodies and a person's
 * work titles, nearly all the tokens; the writer thread analyses the names (authors, venues) and
 * inverts, so the two threads have about the same to do.
 */
public final class IndexBuilder implements AutoCloseable {
  private final Directory dir;
  private final IndexWriter writer;
  /**
   * Indexing buffer before a segment is flushed: the whole real corpus (150k records) makes one
   * segment, and a search looks every term up once per segment: two segments cost it a tenth
   * more. A bigger buffer crowds a 1 GiB heap (the bench's) and slows indexing: 400 MB took a
   * fifth longer.
   */
  public static final int RAM_BUFFER_MB = 256;

  /** Documents handed over but not yet written: bounds the memory of the queue. */
  private static final int IN_FLIGHT = 64;

  private final ExecutorService adder = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "index-writer");
    t.setDaemon(true);
    return t;
  });
  private final Semaphore slots = new Semaphore(IN_FLIGHT);
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private volatile boolean aborted;
  private final PreAnalyzed preAnalyzed =
      new PreAnalyzed(
          Schema.indexAnalyzer(), Set.of(Fields.TITLE, Fields.BODY, Fields.WORK_TITLES));
  private boolean committed;
  private long docs;

  public IndexBuilder(Path generationDir) throws IOException {
    this(FSDirectory.open(generationDir));
  }

  /** Writes into a directory, which the builder closes. */
  public IndexBuilder(Directory directory) throws IOException {
    dir = directory;
    IndexWriterConfig config = new IndexWriterConfig(Schema.indexAnalyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setSimilarity(Schema.similarity())
        .setCodec(new CvsearchCodec())
        .setRAMBufferSizeMB(RAM_BUFFER_MB)
        .setUseCompoundFile(false)
        .setCommitOnClose(false);
    TieredMergePolicy merges = new TieredMergePolicy();
    merges.setNoCFSRatio(0.0);
    config.setMergePolicy(merges);
    try {
      writer = new IndexWriter(dir, config);
    } catch (IOException | RuntimeException e) {
      adder.shutdown();
      dir.close();
      throw e;
    }
  }

  /**
   * Adds a document; ids must be unique within the generation (the merger guarantees it).
   *
   * @param id the document's {@link Fields#ID}, already a field of {@code doc}
   */
  public void add(String id, Document doc) throws IOException {
    rethrow();
    Document analysed = preAnalyzed.of(doc);
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while adding " + id);
    }
    adder.execute(() -> {
      try {
        if (!aborted && failure.get() == null) {
          writer.addDocument(analysed);
        }
      } catch (IOException | RuntimeException | Error e) {
        failure.compareAndSet(null, e);
      } finally {
        slots.release();
      }
    });
    docs++;
  }

  /** Waits until every handed-over document is in the writer. */
  private void drain() throws IOException {
    try {
      slots.acquire(IN_FLIGHT);
      slots.release(IN_FLIGHT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the index writer");
    }
    rethrow();
  }

  /** Throws the first failure of the writer thread on the caller's thread. */
  private void rethrow() throws IOException {
    Throwable t = failure.get();
    switch (t) {
      case null -> {}
      // The original exception, so callers that classify failures (disk full) still can.
      case IOException io -> throw io;
      case RuntimeException re -> throw re;
      case Error err -> throw err;
      default -> throw new IllegalStateException(t);
    }
  }

  public long documents() {
    return docs;
  }

  /**
   * Commits everything once, with the given commit user data and the analysis marker ({@link
   * Schema#ANALYSIS}).
   */
  public void commit(Map<String, String> userData) throws IOException {
    drain();
    Map<String, String> data = new java.util.HashMap<>(userData);
    data.putAll(Schema.ANALYSIS);
    writer.setLiveCommitData(data.entrySet());
    writer.commit();
    committed = true;
  }

  @Override
  public void close() throws IOException {
    aborted = !committed; // queued documents of a failed build are dropped, not written
    adder.shutdown();
    try {
      if (!adder.awaitTermination(10, TimeUnit.MINUTES)) {
        throw new IOException("the index writer thread did not finish");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      if (committed) {
        writer.close();
      } else {
        writer.rollback();
      }
    } finally {
      dir.close();
    }
  }
}
