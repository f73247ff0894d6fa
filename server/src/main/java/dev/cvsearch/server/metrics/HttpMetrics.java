package dev.cvsearch.server.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * Request counts and latency histograms per route template. Labels come from route templates, not
 * raw paths, so their number stays bounded whatever clients send.
 */
public final class HttpMetrics {
  /** Histogram bucket upper bounds, in seconds. */
  static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

  private final Map<CountKey, AtomicLong> counts = new ConcurrentHashMap<>();
  private final Map<RouteKey, Latency> latencies = new ConcurrentHashMap<>();

  /** A (method, route, status) series of the request counter. */
  record CountKey(String method, String route, int status) {}

  /** A (method, route) series of the latency histogram. */
  record RouteKey(String method, String route) {}

  /** One histogram: cumulative bucket counts are derived when rendering. */
  static final class Latency {
    final AtomicLongArray buckets = new AtomicLongArray(BUCKETS.length);
    final AtomicLong count = new AtomicLong();
    final DoubleAdder sum = new DoubleAdder();

    void observe(double seconds) {
      for (int i = 0; i < BUCKETS.length; i++) {
        if (seconds <= BUCKETS[i]) {
          buckets.incrementAndGet(i);
          break;
        }
      }
      count.incrementAndGet();
      sum.add(seconds);
    }
  }

  /** Records one finished request. */
  public void record(String method, String route, int status, double millis) {
    counts.computeIfAbsent(new CountKey(method, route, status), k -> new AtomicLong())
        .incrementAndGet();
    latencies.computeIfAbsent(new RouteKey(method, route), k -> new Latency())
        .observe(millis / 1000.0);
  }

  Map<CountKey, AtomicLong> counts() {
    return counts;
  }

  Map<RouteKey, Latency> latencies() {
    return latencies;
  }
}
