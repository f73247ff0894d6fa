package dev.cvsearch.server.bench;

import dev.cvsearch.indexer.search.SearchService;
import dev.cvsearch.server.App;
import dev.cvsearch.server.ServerConfig;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs one ladder step: indexes the step's documents with each system, starts both (in-process
 * searcher + HTTP server), then measures them in alternation — ours, baseline, ours, baseline — so
 * a slow spell of a shared machine hits both rather than one.
 */
final class StepRunner {
  /** Single-client windows per system and path; the median one is reported (see {@link Driver}). */
  static final int LATENCY_WINDOWS = 3;

  private final BenchConfig config;
  private final Corpus corpus;
  private final Driver driver;
  private final Http http = new Http();
  private final Consumer<String> log;

  /** What the full step also hands back: the load run, when asked for. */
  record Outcome(StepResult result, Latency load) {}

  StepRunner(BenchConfig config, Corpus corpus, Driver driver, Consumer<String> log) {
    this.config = config;
    this.corpus = corpus;
    this.driver = driver;
    this.log = log;
  }

  /**
   * @param headline the step whose figures are the issue's: indexed in several rounds, and
   *     followed by the load run
   */
  Outcome run(long step, boolean headline) throws IOException, InterruptedException {
    String label = BenchConfig.label(step);
    long docs = corpus.docs(step);
    Path oursDir = config.work().resolve("ours-" + label);
    Path baseDir = config.work().resolve("baseline-" + label);
    // The headline step is indexed several times, ours and the baseline alternately, and the
    // median round of each counts: one round on a shared machine can be a quarter off.
    int rounds = headline ? config.timedRuns() : 1;
    for (int w = 1; headline && w <= config.warmupBuilds(); w++) {
      log.accept(
          String.format(
              Locale.ROOT, "[%s] indexing %,d documents, warm-up %d (untimed)…", label, docs, w));
      SystemStep.Indexed o = index(step, oursDir, true);
      SystemStep.Indexed b = index(step, baseDir, false);
      log.accept(
          String.format(
              Locale.ROOT,
              "[%s] warm-up ours: %.1f s; baseline: %.1f s",
              label,
              o.seconds(),
              b.seconds()));
    }
    List<SystemStep.Indexed> oursRounds = new ArrayList<>();
    List<SystemStep.Indexed> baseRounds = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      String of = rounds == 1 ? "" : String.format(Locale.ROOT, " round %d/%d", round, rounds);
      log.accept(String.format(Locale.ROOT, "[%s] indexing %,d documents%s…", label, docs, of));
      oursRounds.add(index(step, oursDir, true));
      baseRounds.add(index(step, baseDir, false));
      log.accept(
          String.format(
              Locale.ROOT,
              "[%s] ours: %.1f s, %.0f docs/s, %.0f MiB; baseline: %.1f s, %.0f docs/s, %.0f MiB",
              label,
              oursRounds.getLast().seconds(),
              oursRounds.getLast().docs() / oursRounds.getLast().seconds(),
              oursRounds.getLast().mib(),
              baseRounds.getLast().seconds(),
              baseRounds.getLast().docs() / baseRounds.getLast().seconds(),
              baseRounds.getLast().mib()));
    }
    SystemStep.Indexed oursIdx = median(oursRounds);
    SystemStep.Indexed baseIdx = median(baseRounds);

    long t0 = System.nanoTime();
    SearchService ours = SearchService.open(oursDir);
    Javalin oursApp = App.create(ours, ServerConfig.local(0), null).start();
    String oursUrl = "http://127.0.0.1:" + oursApp.port();
    http.get(oursUrl + "/api/health");
    double oursStart = (System.nanoTime() - t0) / 1e6;
    long t1 = System.nanoTime();
    BaselineSearcher base = new BaselineSearcher(baseDir);
    Javalin baseApp = BaselineServer.start(base);
    String baseUrl = "http://127.0.0.1:" + baseApp.port();
    http.get(baseUrl + "/health");
    double baseStart = (System.nanoTime() - t1) / 1e6;
    Latency load = null;
    try {
      Driver.Target oursIn = q -> ours.search(q.request()).hits().size();
      Driver.Target baseIn = q -> base.search(q).hits().size();
      Driver.Target oursHttp = http.target(oursUrl, "/api/search");
      Driver.Target baseHttp = http.target(baseUrl, "/search");
      double w = config.warmupSeconds();
      double m = config.measureSeconds();
      log.accept("[" + label + "] warming up…");
      driver.warmUp(oursIn, w);
      driver.warmUp(baseIn, w);
      // As long as in-process: the HTTP path has its own code to compile (Jetty, Javalin,
      // Jackson), and after half as long our p50 was still falling a third between windows.
      driver.warmUp(oursHttp, w);
      driver.warmUp(baseHttp, w);
      log.accept("[" + label + "] measuring in-process…");
      List<Latency> in1 = driver.medianWindows(List.of(oursIn, baseIn), m, LATENCY_WINDOWS);
      Latency oIn1 = in1.get(0);
      Latency bIn1 = in1.get(1);
      Latency oIn2 = driver.measure(oursIn, 2, m);
      Latency bIn2 = driver.measure(baseIn, 2, m);
      log.accept("[" + label + "] measuring HTTP…");
      List<Latency> h1 = driver.medianWindows(List.of(oursHttp, baseHttp), m, LATENCY_WINDOWS);
      Latency oH1 = h1.get(0);
      Latency bH1 = h1.get(1);
      Latency oH2 = driver.measure(oursHttp, 2, m);
      Latency bH2 = driver.measure(baseHttp, 2, m);
      if (headline && config.loadSeconds() > 0) {
        log.accept("[" + label + "] load run: " + config.loadSeconds() + " s, 2 client threads…");
        load = driver.measure(oursHttp, 2, config.loadSeconds(), 7);
      }
      StepResult r =
          StepResult.of(
              label,
              docs,
              corpus.repeats(step),
              SystemStep.of(oursIdx, oursStart, oIn1, oIn2, oH1, oH2),
              SystemStep.of(baseIdx, baseStart, bIn1, bIn2, bH1, bH2));
      log.accept(
          String.format(
              Locale.ROOT,
              "[%s] qps in-process %.0f vs %.0f, HTTP %.0f vs %.0f (ours vs baseline, 2 threads)",
              label,
              oIn2.qps(),
              bIn2.qps(),
              oH2.qps(),
              bH2.qps()));
      return new Outcome(r, load);
    } finally {
      oursApp.stop(); // closes our searcher once requests are done
      baseApp.stop();
      base.close();
      deleteTree(oursDir);
      deleteTree(baseDir);
    }
  }

  private static SystemStep.Indexed median(List<SystemStep.Indexed> rounds) {
    List<SystemStep.Indexed> sorted = new ArrayList<>(rounds);
    sorted.sort(Comparator.comparingDouble(SystemStep.Indexed::seconds));
    return sorted.get(sorted.size() / 2);
  }

  /** Builds the step's index afresh in the directory. */
  private SystemStep.Indexed index(long step, Path dir, boolean oursSide) throws IOException {
    deleteTree(dir);
    Files.createDirectories(dir);
    Heap.usedAfterGcMib(); // start from a collected heap so the samples belong to this build
    long docs;
    double seconds;
    double peakLive;
    double peakUsed;
    double cpu;
    try (Heap.PeakSampler sampler = new Heap.PeakSampler()) {
      double c0 = Heap.processCpuSeconds();
      long t0 = System.nanoTime();
      if (oursSide) {
        try (OursIndexer ours = new OursIndexer(dir)) {
          corpus.feed(step, ours);
          ours.commit();
          docs = ours.documents();
        }
      } else {
        try (BaselineIndexer base = new BaselineIndexer(dir)) {
          corpus.feed(step, base);
          base.commit();
          docs = base.documents();
        }
      }
      seconds = (System.nanoTime() - t0) / 1e9;
      cpu = Heap.processCpuSeconds() - c0;
      peakLive = sampler.peakLiveMib();
      peakUsed = sampler.peakMib();
    }
    double after = Heap.usedAfterGcMib();
    return new SystemStep.Indexed(docs, seconds, cpu, sizeMib(dir), after, peakLive, peakUsed);
  }

  static double sizeMib(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
              .filter(Files::isRegularFile)
              .mapToLong(
                  p -> {
                    try {
                      return Files.size(p);
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  })
              .sum()
          / (1024.0 * 1024.0);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
