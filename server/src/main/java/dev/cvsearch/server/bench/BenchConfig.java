package dev.cvsearch.server.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one bench run does: which inputs, which ladder steps, how long each measurement lasts.
 *
 * @param inputs files and folders read through the extractor (the corpus)
 * @param scifact the BEIR SciFact folder for the relevance figures, or null to skip them
 * @param out where REPORT.md, results/latest.json and the charts go
 * @param work scratch folder for the indexes (deleted at the end)
 * @param steps the ladder: document counts; {@link #FULL} stands for the whole corpus
 * @param warmupSeconds untimed queries before each measurement
 * @param measureSeconds length of each timed measurement
 * @param loadSeconds length of the HTTP load run on the full step, 0 to skip it
 * @param seed seed of the query mix and of the corpus order
 * @param queries distinct queries in the mix
 * @param quick a smoke run (CI): tiny corpus and ladder, short measurements
 * @param command the command line, for the report
 */
public record BenchConfig(
    List<Path> inputs,
    Path scifact,
    Path out,
    Path work,
    List<Long> steps,
    double warmupSeconds,
    double measureSeconds,
    int loadSeconds,
    long seed,
    int queries,
    boolean quick,
    String command) {
  /** Marks the step made of the whole corpus, once, without repetition. */
  public static final long FULL = -1;

  public BenchConfig {
    inputs = List.copyOf(inputs);
    steps = List.copyOf(steps);
  }

  /**
   * Rounds of the timings the headline figure rests on (extraction, reading, indexing the full
   * step), each system alternately; the median round counts. Five: our indexing keeps both cores
   * busy where the baseline's keeps one, so a spell when something else takes a core slows ours
   * alone, and of three rounds two could be slow (one run: ours 17.4, 12.4, 16.3 s, the baseline
   * 10.9, 10.8, 10.9 s). One in a smoke run.
   */
  public int timedRuns() {
    return quick ? 1 : 5;
  }

  /**
   * Untimed builds of the headline step before its timed rounds, each system alternately. In the
   * bench's JVM our indexing reaches its steady speed only at the third build: the searches of the
   * smaller steps leave the JIT recompiling the indexing code, on one of the two cores (harness,
   * full corpus, after 25 s of searching: 28.3, 16.2, 14.0, 13.7 s; the baseline 12.8, 12.1, 11.7,
   * 11.8 s). None in a smoke run.
   */
  public int warmupBuilds() {
    return quick ? 0 : 2;
  }

  /** The standard ladder: 10k, 100k, the full corpus, 1M; cut after {@code maxStep}. */
  public static List<Long> ladder(String maxStep) {
    List<Long> all = List.of(10_000L, 100_000L, FULL, 1_000_000L);
    List<String> names = List.of("10k", "100k", "full", "1m");
    int last = names.indexOf(maxStep.toLowerCase(Locale.ROOT));
    if (last < 0) {
      throw new IllegalArgumentException(
          "--max-step must be one of 10k, 100k, full, 1m, not '" + maxStep + "'");
    }
    return new ArrayList<>(all.subList(0, last + 1));
  }

  /** The ladder of a quick run over a handful of records: below, at and above the full size. */
  public static List<Long> quickLadder() {
    return List.of(20L, FULL, 200L);
  }

  /** A step's label in tables: "10k", "full", "1M", or the plain count. */
  public static String label(long step) {
    if (step == FULL) {
      return "full";
    }
    if (step >= 1_000_000 && step % 1_000_000 == 0) {
      return step / 1_000_000 + "M";
    }
    if (step >= 1_000 && step % 1_000 == 0) {
      return step / 1_000 + "k";
    }
    return Long.toString(step);
  }
}
