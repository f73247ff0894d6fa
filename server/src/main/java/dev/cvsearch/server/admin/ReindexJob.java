package dev.cvsearch.server.admin;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs reindexes in the background, one at a time, on a named thread; requests only start them
 * and read the status.
 */
public final class ReindexJob implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReindexJob.class);

  private final IndexRebuild rebuild;
  private final ExecutorService executor;
  private final AtomicReference<ReindexStatus> status = new AtomicReference<>(ReindexStatus.idle());

  public ReindexJob(IndexRebuild rebuild) {
    this.rebuild = rebuild;
    this.executor = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "cvsearch-reindex");
      t.setDaemon(true);
      return t;
    });
  }

  /** The current status. */
  public ReindexStatus status() {
    return status.get();
  }

  /**
   * Starts a reindex unless one is running.
   *
   * @return the status after the call, and whether this call started a run
   */
  public Started start() {
    while (true) {
      ReindexStatus now = status.get();
      if (now.running()) {
        return new Started(now, false);
      }
      ReindexStatus running = new ReindexStatus("running", Instant.now().toString(), null, null,
          null, now.runs() + 1);
      if (status.compareAndSet(now, running)) {
        executor.execute(() -> run(running));
        return new Started(running, true);
      }
    }
  }

  /** The result of {@link #start()}. */
  public record Started(ReindexStatus status, boolean started) {}

  private void run(ReindexStatus running) {
    Instant start = Instant.parse(running.startedAt());
    String state;
    String summary;
    try {
      summary = rebuild.run();
      state = "succeeded";
      LOG.info("reindex {} succeeded: {}", running.runs(), summary);
    } catch (IOException | RuntimeException e) {
      // The cause can name files on the server; the API only says it failed.
      LOG.error("reindex {} failed", running.runs(), e);
      state = "failed";
      summary = "the reindex failed; see the server log";
    }
    Instant end = Instant.now();
    status.set(new ReindexStatus(state, running.startedAt(), end.toString(),
        Duration.between(start, end).toMillis(), summary, running.runs()));
  }

  /** Waits briefly for a running reindex, then stops the thread. */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
        LOG.warn("reindex still running at shutdown; the previous index stays live");
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      executor.shutdownNow();
    }
  }
}
