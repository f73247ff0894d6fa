package dev.cvsearch.indexer.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The live index generation: one {@link SearcherManager} per generation directory, swapped when the
 * generation pointer moves. A named daemon thread polls the pointer and refreshes the manager. The
 * old generation is closed only when the last search that acquired it releases it, so no search in
 * flight fails during a swap.
 */
final class LiveIndex implements Closeable {
  private static final Logger LOG = Logger.getLogger(LiveIndex.class.getName());
  private static final long POLL_MILLIS = 500;

  /** Where the current generation lives, or empty when there is none yet. */
  record Generation(String name, Path dir) {}

  private final Supplier<Optional<Generation>> locator;
  private final SearcherFactory factory;
  private final ScheduledExecutorService watcher;
  private volatile Open current;
  private volatile boolean closed;

  LiveIndex(Supplier<Optional<Generation>> locator, SearcherFactory factory) throws IOException {
    this.locator = locator;
    this.factory = factory;
    Optional<Generation> first = locator.get();
    this.current = first.isPresent() ? open(first.get()) : null;
    this.watcher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "cvsearch-index-watcher");
              t.setDaemon(true);
              return t;
            });
    watcher.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** A searcher on the live generation; close the lease to release it. Empty index: null searcher. */
  Lease acquire() throws IOException {
    while (true) {
      Open gen = current;
      if (gen == null) {
        return new Lease(null, null);
      }
      if (gen.incRef()) {
        try {
          return new Lease(gen, gen.manager.acquire());
        } catch (RuntimeException | IOException e) {
          gen.decRef();
          throw e;
        }
      }
      // Swapped out and closed between the read and incRef: take the new one.
    }
  }

  /** The live generation's name, or null when there is none. */
  String generation() {
    Open gen = current;
    return gen == null ? null : gen.generation.name();
  }

  /** Checks the pointer and refreshes now (the watcher does this every 500 ms). */
  void refresh() throws IOException {
    if (closed) {
      return;
    }
    Optional<Generation> latest = locator.get();
    Open gen = current;
    if (latest.isPresent() && (gen == null || !latest.get().equals(gen.generation))) {
      Open fresh = open(latest.get());
      synchronized (this) {
        if (closed) {
          fresh.decRef();
          return;
        }
        Open old = current;
        current = fresh;
        if (old != null) {
          old.decRef();
        }
      }
    } else if (gen != null && gen.incRef()) {
      try {
        gen.manager.maybeRefresh();
      } finally {
        gen.decRef();
      }
    }
  }

  private void poll() {
    try {
      refresh();
    } catch (IOException | RuntimeException e) {
      // Keep serving the current generation; a half-written pointer is retried on the next poll.
      LOG.log(Level.WARNING, "index refresh failed, still serving " + generation(), e);
    }
  }

  private Open open(Generation generation) throws IOException {
    Directory dir = FSDirectory.open(generation.dir());
    try {
      return new Open(generation, dir, new SearcherManager(dir, factory));
    } catch (IllegalArgumentException e) {
      dir.close();
      if (e.getMessage() != null && e.getMessage().contains("Codec with name")) {
        // Lucene's own message names the missing codec but not the way out.
        throw new IOException(
            "the index generation "
                + generation.dir()
                + " was written by another cvsearch build with a codec this one does not have;"
                + " rebuild it with cvsearch reindex ("
                + e.getMessage()
                + ")",
            e);
      }
      throw e;
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  @Override
  public void close() {
    watcher.shutdownNow();
    synchronized (this) {
      closed = true;
      Open old = current;
      current = null;
      if (old != null) {
        old.decRef();
      }
    }
  }

  /** A searcher held from one generation; closing releases it. */
  static final class Lease implements AutoCloseable {
    private final Open generation;
    private final IndexSearcher searcher;

    private Lease(Open generation, IndexSearcher searcher) {
      this.generation = generation;
      this.searcher = searcher;
    }

    /** The searcher, or null when no index exists yet. */
    IndexSearcher searcher() {
      return searcher;
    }

    String generationName() {
      return generation == null ? null : generation.generation.name();
    }

    Path generationDir() {
      return generation == null ? null : generation.generation.dir();
    }

    @Override
    public void close() throws IOException {
      if (generation != null) {
        try {
          generation.manager.release(searcher);
        } finally {
          generation.decRef();
        }
      }
    }
  }

  /** One opened generation, reference-counted: the live slot holds one reference, leases more. */
  private static final class Open {
    final Generation generation;
    final Directory directory;
    final SearcherManager manager;
    private final AtomicInteger refs = new AtomicInteger(1);

    Open(Generation generation, Directory directory, SearcherManager manager) {
      this.generation = Objects.requireNonNull(generation);
      this.directory = directory;
      this.manager = manager;
    }

    boolean incRef() {
      while (true) {
        int n = refs.get();
        if (n <= 0) {
          return false;
        }
        if (refs.compareAndSet(n, n + 1)) {
          return true;
        }
      }
    }

    void decRef() {
      if (refs.decrementAndGet() == 0) {
        try {
          manager.close();
          directory.close();
        } catch (IOException e) {
          throw new UncheckedIOException("closing index generation " + generation.name(), e);
        }
      }
    }
  }
}
