package dev.cvsearch.server.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Runs the query mix against one target: a warm-up, then a fixed-length window single-threaded
 * (latency) or with several client threads (throughput). Each thread walks the mix from its own
 * offset, so two threads never ask the same query at the same moment.
 */
final class Driver {
  /** Something that answers a query; returns a count so the work cannot be optimised away. */
  @FunctionalInterface
  interface Target {
    long ask(BenchQuery q) throws Exception;
  }

  private final List<BenchQuery> queries;
  private final java.util.concurrent.atomic.AtomicReference<String> firstError =
      new java.util.concurrent.atomic.AtomicReference<>();

  Driver(List<BenchQuery> queries) {
    if (queries.isEmpty()) {
      throw new IllegalArgumentException("the query mix is empty: the corpus has no usable titles");
    }
    this.queries = List.copyOf(queries);
  }

  /** The first failure seen by any measurement, or null: errors must be explained. */
  String firstError() {
    return firstError.get();
  }

  /** Untimed queries for a while (JIT, caches), single-threaded. */
  void warmUp(Target target, double seconds) {
    run(target, 1, seconds, 0);
  }

  /** A timed window with {@code threads} client threads. */
  Latency measure(Target target, int threads, double seconds) {
    return run(target, threads, seconds, 0);
  }

  /**
   * Single-client windows of each target in turn, {@code rounds} times over; for each target its
   * window with the median p99, carrying every window's p99 / p50. One window's tail is at the
   * mercy of the machine: on these shared cores, eight windows of unchanged code over the same
   * index ranged from 3.7 to 5.4 times the median. Taking turns, a disturbance meets both
   * systems alike; the median window is the typical one, and the others are reported beside it.
   */
  List<Latency> medianWindows(List<Target> targets, double seconds, int rounds) {
    List<List<Latency>> windows = new ArrayList<>();
    for (int t = 0; t < targets.size(); t++) {
      windows.add(new ArrayList<>());
    }
    for (int r = 0; r < rounds; r++) {
      for (int t = 0; t < targets.size(); t++) {
        windows.get(t).add(run(targets.get(t), 1, seconds, 0));
      }
    }
    List<Latency> out = new ArrayList<>();
    for (List<Latency> ofTarget : windows) {
      List<Double> tails = ofTarget.stream().map(Latency::tailRatio).toList();
      List<Latency> byP99 = new ArrayList<>(ofTarget);
      byP99.sort(Comparator.comparingDouble(Latency::p99Ms));
      out.add(byP99.get(byP99.size() / 2).withWindowTails(tails));
    }
    return out;
  }

  /** A timed window starting at another offset of the mix (the load run). */
  Latency measure(Target target, int threads, double seconds, int offset) {
    return run(target, threads, seconds, offset);
  }

  private Latency run(Target target, int threads, double seconds, int offset) {
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    AtomicLong errors = new AtomicLong();
    AtomicLong sink = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Histogram>> parts = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int first = offset + t * (queries.size() / threads);
      parts.add(
          pool.submit(
              () -> {
                Histogram h = Latency.histogram();
                long local = 0;
                for (int i = first; System.nanoTime() < deadline; i++) {
                  BenchQuery q = queries.get(Math.floorMod(i, queries.size()));
                  long t0 = System.nanoTime();
                  try {
                    local += target.ask(q);
                  } catch (Exception e) {
                    errors.incrementAndGet();
                    firstError.compareAndSet(null, q.queryString() + ": " + e);
                    continue;
                  }
                  h.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
                }
                sink.addAndGet(local);
                return h;
              }));
    }
    Histogram all = Latency.histogram();
    try {
      for (Future<Histogram> f : parts) {
        all.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while measuring", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("a client thread failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    return Latency.of(threads, all, elapsed, errors.get());
  }
}
