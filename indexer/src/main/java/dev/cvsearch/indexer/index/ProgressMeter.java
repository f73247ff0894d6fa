package dev.cvsearch.indexer.index;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * Progress of a long reindex as short lines (files, records/s, ETA), at most one per second and
 * none for runs shorter than a second. ETA comes from the bytes of the files read so far.
 * Thread-safe: files are read on several threads.
 */
final class ProgressMeter {
  private static final long INTERVAL_NANOS = 1_000_000_000L;

  private final Consumer<String> out;
  private final long start = System.nanoTime();
  private long lastLine = start;
  private String phase = "reading";
  private int files;
  private int totalFiles;
  private long bytesDone;
  private long totalBytes;
  private long records;
  private long total;
  private String current = "";
  private long phaseStart = start;

  ProgressMeter(Consumer<String> out) {
    this.out = out;
  }

  synchronized void reading(int totalFiles, long totalBytes) {
    this.phase = "reading";
    this.totalFiles = totalFiles;
    this.totalBytes = totalBytes;
  }

  synchronized void startFile(String name) {
    current = name;
    tick();
  }

  synchronized void endFile(long bytes) {
    files++;
    bytesDone += bytes;
    tick();
  }

  synchronized void record() {
    records++;
    if ((records & 1023) == 0) {
      tick();
    }
  }

  synchronized void indexing(long totalDocs) {
    phase = "indexing";
    total = totalDocs;
    records = 0;
    phaseStart = System.nanoTime();
  }

  synchronized void document() {
    records++;
    if ((records & 1023) == 0) {
      tick();
    }
  }

  private void tick() {
    long now = System.nanoTime();
    if (now - lastLine < INTERVAL_NANOS) {
      return;
    }
    lastLine = now;
    double secs = (now - (phase.equals("reading") ? start : phaseStart)) / 1e9;
    double rate = records / Math.max(secs, 1e-3);
    if (phase.equals("reading")) {
      double done = totalBytes == 0 ? 0 : (double) bytesDone / totalBytes;
      String eta = done <= 0.01 ? "?" : duration(secs / done - secs);
      out.accept(String.format(Locale.ROOT,
          "reading: %d/%d files, %,d records, %,.0f records/s, ETA %s  %s",
          files, totalFiles, records, rate, eta, current));
    } else {
      String eta = rate <= 0 ? "?" : duration((total - records) / rate);
      out.accept(String.format(Locale.ROOT, "indexing: %,d/%,d documents, %,.0f docs/s, ETA %s",
          records, total, rate, eta));
    }
  }

  private static String duration(double seconds) {
    long s = Math.max(0, Math.round(seconds));
    return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
