package dev.cvsearch.server.bench;

/**
 * The figures of one system (ours or the baseline) at one ladder step.
 *
 * @param docs documents indexed
 * @param indexSeconds records in memory → committed index
 * @param indexDocsPerS docs / indexSeconds
 * @param indexCpuSeconds process CPU time of the build (all threads)
 * @param indexDocsPerCpuS docs / indexCpuSeconds: steadier than wall time on a shared machine
 * @param indexMib index size on disk
 * @param heapAfterIndexMib used heap after indexing and a full GC (the corpus itself included)
 * @param heapPeakLiveMib largest heap left after a collection while indexing
 * @param heapPeakUsedMib largest used heap while indexing, garbage included
 * @param startupMs open the index, start the HTTP server, first answer to a health check
 * @param inProcess1t in-process, one thread
 * @param inProcess2t in-process, two threads
 * @param http1t through HTTP on loopback, one client thread
 * @param http2t through HTTP, two client threads
 */
public record SystemStep(
    long docs,
    double indexSeconds,
    double indexDocsPerS,
    double indexCpuSeconds,
    double indexDocsPerCpuS,
    double indexMib,
    double heapAfterIndexMib,
    double heapPeakLiveMib,
    double heapPeakUsedMib,
    double startupMs,
    Latency inProcess1t,
    Latency inProcess2t,
    Latency http1t,
    Latency http2t) {

  /** The indexing half, before any search was measured. */
  record Indexed(
      long docs,
      double seconds,
      double cpuSeconds,
      double mib,
      double heapAfter,
      double peakLive,
      double peakUsed) {}

  static SystemStep of(
      Indexed i, double startupMs, Latency in1, Latency in2, Latency h1, Latency h2) {
    return new SystemStep(
        i.docs(),
        i.seconds(),
        i.seconds() <= 0 ? 0 : i.docs() / i.seconds(),
        i.cpuSeconds(),
        i.cpuSeconds() <= 0 ? 0 : i.docs() / i.cpuSeconds(),
        i.mib(),
        i.heapAfter(),
        i.peakLive(),
        i.peakUsed(),
        startupMs,
        in1,
        in2,
        h1,
        h2);
  }
}
