package dev.cvsearch.server.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Client threads that send requests in a closed loop (each sends the next as soon as the last
 * answered) and record every latency and every failure: a status other than 200, an exception or
 * no answer within the timeout. {@link #window()} cuts the measurements into phases ("before",
 * "during reindex").
 */
final class LoadClients implements AutoCloseable {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final URI base;
  private final List<String> paths;
  private final int threads;
  private final BiConsumer<String, String> bodies;
  private final long pauseMillis;
  private final Recorder recorder = new Recorder(3);
  private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean running = new AtomicBoolean();
  private final List<Thread> workers = new ArrayList<>();
  private volatile int windowFailures;

  /**
   * @param base the server, e.g. http://127.0.0.1:7070
   * @param paths request paths with queries, drawn at random per request
   * @param threads concurrent clients
   * @param bodies sees (path, body) of every 200, or null
   */
  LoadClients(URI base, List<String> paths, int threads, BiConsumer<String, String> bodies) {
    this(base, paths, threads, bodies, 0);
  }

  /** Clients that wait {@code pauseMillis} between requests (0: closed loop, as fast as served). */
  LoadClients(URI base, List<String> paths, int threads, BiConsumer<String, String> bodies,
      long pauseMillis) {
    this.base = base;
    this.paths = List.copyOf(paths);
    this.threads = threads;
    this.bodies = bodies;
    this.pauseMillis = pauseMillis;
  }

  /** What one window measured. */
  record Window(long requests, long failures, double seconds, Histogram micros) {
    double p(double percentile) {
      return micros.getTotalCount() == 0 ? 0 : micros.getValueAtPercentile(percentile) / 1000.0;
    }

    String line(String label) {
      return String.format(Locale.ROOT,
          "%-22s %7d requests  %4d failed  %7.1f req/s  p50 %6.1f ms  p99 %7.1f ms  max %7.1f ms",
          label, requests, failures, requests / Math.max(seconds, 1e-9), p(50), p(99),
          micros.getTotalCount() == 0 ? 0 : micros.getMaxValue() / 1000.0);
    }
  }

  private long windowStart = System.nanoTime();

  void start() {
    running.set(true);
    windowStart = System.nanoTime();
    for (int i = 0; i < threads; i++) {
      long seed = 17L * (i + 1);
      Thread t = new Thread(() -> loop(new Random(seed)), "load-client-" + i);
      t.setDaemon(true);
      workers.add(t);
      t.start();
    }
  }

  /** The measurements since the last call (or the start), and a fresh window from now. */
  synchronized Window window() {
    long now = System.nanoTime();
    Histogram h = recorder.getIntervalHistogram();
    int failed = failures.size() - windowFailures;
    windowFailures = failures.size();
    double secs = (now - windowStart) / 1e9;
    windowStart = now;
    return new Window(h.getTotalCount() + failed, failed, secs, h);
  }

  /** Every failure so far, as "path -> what happened". */
  List<String> failures() {
    return List.copyOf(failures);
  }

  private void loop(Random random) {
    HttpClient client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(TIMEOUT)
        .build();
    while (running.get()) {
      String path = paths.get(random.nextInt(paths.size()));
      HttpRequest request =
          HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET().build();
      long start = System.nanoTime();
      try {
        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
        long micros = (System.nanoTime() - start) / 1000;
        if (r.statusCode() == 200) {
          recorder.recordValue(Math.max(1, micros));
          if (bodies != null) {
            bodies.accept(path, r.body());
          }
        } else {
          failures.add(path + " -> " + r.statusCode() + " " + cut(r.body()));
        }
      } catch (IOException e) {
        failures.add(path + " -> " + e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (pauseMillis > 0) {
        try {
          Thread.sleep(pauseMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private static String cut(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  @Override
  public void close() throws InterruptedException {
    running.set(false);
    for (Thread t : workers) {
      t.join(TimeUnit.SECONDS.toMillis(15));
    }
  }
}
