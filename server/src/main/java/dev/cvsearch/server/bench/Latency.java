package dev.cvsearch.server.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * One timed measurement: queries answered, throughput, latency percentiles (HdrHistogram, 3
 * significant digits) and errors.
 *
 * @param threads client threads
 * @param queries queries answered in the timed window
 * @param seconds length of the window
 * @param qps queries per second over the window
 * @param p50Ms median latency
 * @param p95Ms 95th percentile
 * @param p99Ms 99th percentile
 * @param maxMs slowest query
 * @param meanMs mean latency
 * @param errors failed queries (exceptions, non-200 answers)
 * @param windowTails when this is the median of several windows ({@link Driver#medianWindows}),
 *     every window's p99 / p50 in the order they ran; else null
 */
public record Latency(
    int threads,
    long queries,
    double seconds,
    double qps,
    double p50Ms,
    double p95Ms,
    double p99Ms,
    double maxMs,
    double meanMs,
    long errors,
    List<Double> windowTails) {

  /** A histogram for latencies in microseconds, up to a minute. */
  static Histogram histogram() {
    return new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
  }

  static Latency of(int threads, Histogram h, double seconds, long errors) {
    double ms = 1000.0;
    long n = h.getTotalCount();
    return new Latency(
        threads,
        n,
        seconds,
        seconds <= 0 ? 0 : n / seconds,
        h.getValueAtPercentile(50) / ms,
        h.getValueAtPercentile(95) / ms,
        h.getValueAtPercentile(99) / ms,
        h.getMaxValue() / ms,
        n == 0 ? 0 : h.getMean() / ms,
        errors,
        null);
  }

  /** This window, standing for several whose p99 / p50 are given. */
  Latency withWindowTails(List<Double> tails) {
    return new Latency(
        threads, queries, seconds, qps, p50Ms, p95Ms, p99Ms, maxMs, meanMs, errors, tails);
  }

  /** p99 over p50: how far the tail is from the median. */
  public double tailRatio() {
    return p50Ms <= 0 ? 0 : p99Ms / p50Ms;
  }
}
