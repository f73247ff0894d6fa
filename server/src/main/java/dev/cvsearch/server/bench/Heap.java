package dev.cvsearch.server.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/** Heap figures: used heap after a full GC, and the peak used heap sampled while something runs. */
final class Heap {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  private static final double MIB = 1024.0 * 1024.0;

  private Heap() {}

  /** Used heap in MiB after {@code System.gc()} (twice, so finalisable garbage goes too). */
  static double usedAfterGcMib() {
    System.gc();
    System.gc();
    return MEMORY.getHeapMemoryUsage().getUsed() / MIB;
  }

  /**
   * CPU time of the whole process so far, in seconds (all threads: GC, JIT and merges included). On
   * a shared machine this moves less than wall time when other processes take the cores.
   */
  static double processCpuSeconds() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() / 1e9
        : 0;
  }

  /** The JVM's maximum heap in MiB (-Xmx). */
  static double maxMib() {
    return Runtime.getRuntime().maxMemory() / MIB;
  }

  /** Heap in use right after the latest collection, summed over the heap pools: the live set. */
  static long afterLastGc() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage u = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
      sum += u == null ? 0 : u.getUsed();
    }
    return sum;
  }

  /**
   * Samples the heap every 20 ms on a daemon thread until closed, keeping two maxima: the used heap
   * (garbage included, so it tends towards -Xmx) and the heap left after each collection (the live
   * set: what indexing really holds).
   */
  static final class PeakSampler implements AutoCloseable {
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;
    private volatile long peakLive;

    PeakSampler() {
      thread =
          Thread.ofPlatform()
              .daemon()
              .name("bench-heap-sampler")
              .start(
                  () -> {
                    while (running) {
                      peak = Math.max(peak, MEMORY.getHeapMemoryUsage().getUsed());
                      peakLive = Math.max(peakLive, afterLastGc());
                      try {
                        Thread.sleep(20);
                      } catch (InterruptedException e) {
                        return;
                      }
                    }
                  });
    }

    /** The peak live heap (after collections) in MiB so far. */
    double peakLiveMib() {
      return Math.max(peakLive, afterLastGc()) / MIB;
    }

    /** The peak used heap in MiB so far, garbage included. */
    double peakMib() {
      return Math.max(peak, MEMORY.getHeapMemoryUsage().getUsed()) / MIB;
    }

    @Override
    public void close() {
      running = false;
      thread.interrupt();
    }
  }
}
