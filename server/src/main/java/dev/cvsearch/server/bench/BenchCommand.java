package dev.cvsearch.server.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cvsearch bench}: the performance benchmark of issue 6 — ours against plain Lucene over the
 * real data, along a ladder of corpus sizes, plus SciFact relevance and an HTTP load run.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark indexing and search against a plain Lucene baseline on the same data and queries.",
      "Writes OUT/REPORT.md, OUT/results/latest.json and OUT/results/*.png.",
      "Run the ladder with a 1 GiB heap: CVSEARCH_JAVA_OPTS=-Xmx1g ./cvsearch bench"
    })
public final class BenchCommand implements Callable<Integer> {
  /** The server's access logger (RequestLog); its metrics are kept either way. */
  static final String ACCESS_LOGGER = "dev.cvsearch.server.access";

  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      defaultValue = "../shared/data",
      paramLabel = "DIR",
      description =
          "The shared data folder (ACL Anthology, arXiv CS, SciFact, CVs). "
              + "Default: ${DEFAULT-VALUE}.")
  Path data;

  @Option(
      names = "--seeds",
      defaultValue = "../shared/seeds",
      paramLabel = "DIR",
      description = "The seed documents. Default: ${DEFAULT-VALUE}.")
  Path seeds;

  @Option(
      names = "--out",
      defaultValue = "bench",
      paramLabel = "DIR",
      description = "Where the report, JSON and charts go. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description = "Scratch folder for the indexes (default: a temporary folder, deleted after).")
  Path work;

  @Option(
      names = "--max-step",
      defaultValue = "1m",
      paramLabel = "STEP",
      description = "Last ladder step: 10k, 100k, full or 1m. Default: ${DEFAULT-VALUE}.")
  String maxStep;

  @Option(
      names = "--quick",
      description = "Smoke run: the seeds only, a tiny ladder, short windows.")
  boolean quick;

  @Option(
      names = "--seconds",
      paramLabel = "S",
      description = "Length of each timed window (default 8, quick 0.3).")
  Double seconds;

  @Option(
      names = "--warmup",
      paramLabel = "S",
      description = "Warm-up per system and step (default 10, quick 0.2).")
  Double warmup;

  @Option(
      names = "--load-seconds",
      paramLabel = "S",
      description = "HTTP load run on the full step; 0 skips it (default 60, quick 0).")
  Integer loadSeconds;

  @Option(
      names = "--queries",
      defaultValue = "2000",
      description = "Distinct queries in the mix. Default: ${DEFAULT-VALUE}.")
  int queries;

  @Option(names = "--seed", defaultValue = "20261124", description = "Seed of the query mix.")
  long seed;

  @Option(
      names = "--input",
      paramLabel = "PATH",
      description =
          "Read these files or folders instead of the standard corpus (repeatable; "
              + "for profiling runs).")
  List<Path> customInputs;

  @Option(
      names = "--access-log",
      description =
          "Keep the server's per-request access log lines (off by default: the "
              + "baseline writes none, and thousands of lines a second would flood the output).")
  boolean accessLog;

  @Option(
      names = "--render-only",
      hidden = true,
      description = "Redraw the report and charts from OUT/results/latest.json; measure nothing.")
  boolean renderOnly;

  @Option(names = "--no-eval", description = "Skip the SciFact relevance figures.")
  boolean noEval;

  @Override
  public Integer call() throws Exception {
    System.setProperty("java.awt.headless", "true");
    if (!accessLog) {
      // slf4j-simple reads a logger's level when the logger is made: set it before the app exists.
      System.setProperty("org.slf4j.simpleLogger.log." + ACCESS_LOGGER, "warn");
    }
    PrintWriter err = spec.commandLine().getErr();
    if (renderOnly) {
      BenchRunner.rerender(out, line -> err.println("bench: " + line));
      return 0;
    }
    List<Path> inputs = new ArrayList<>();
    if (customInputs != null && !customInputs.isEmpty()) {
      inputs.addAll(customInputs);
    } else if (quick) {
      inputs.add(seeds);
    } else {
      inputs.add(data.resolve("acl-anthology/anthology+abstracts.bib.gz"));
      inputs.add(data.resolve("arxiv-cs/arxiv-cs-2025-2026.jsonl.gz"));
      inputs.add(data.resolve("scifact/corpus.jsonl.gz"));
      inputs.add(seeds);
      inputs.add(data.resolve("cvs-academic"));
    }
    for (Path p : inputs) {
      if (!Files.exists(p)) {
        throw new ParameterException(
            spec.commandLine(),
            "no such input: "
                + p
                + " (set --data and --seeds to the shared data and seeds folders)");
      }
    }
    List<Long> steps;
    try {
      steps = quick ? BenchConfig.quickLadder() : BenchConfig.ladder(maxStep);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    boolean tempWork = work == null;
    Path workDir = tempWork ? Files.createTempDirectory("cvsearch-bench") : work;
    Path scifact = noEval || quick ? null : data.resolve("scifact");
    BenchConfig config =
        new BenchConfig(
            inputs,
            scifact,
            out,
            workDir,
            steps,
            warmup != null ? warmup : quick ? 0.2 : 10,
            seconds != null ? seconds : quick ? 0.3 : 8,
            loadSeconds != null ? loadSeconds : quick ? 0 : 60,
            seed,
            quick ? Math.min(queries, 200) : queries,
            quick,
            commandLine());
    long t0 = System.nanoTime();
    try {
      BenchResults r =
          new BenchRunner(
                  config,
                  line -> {
                    err.println("bench: " + line);
                    err.flush();
                  })
              .run();
      PrintWriter o = spec.commandLine().getOut();
      o.printf(
          Locale.ROOT,
          "ratios (ours / baseline): index %.2f, in-process search %.2f, " + "HTTP search %.2f%n",
          r.ratios().get("index_docs_per_s"),
          r.ratios().get("search_qps_in_process"),
          r.ratios().get("search_qps_http"));
      r.targets()
          .forEach(
              t ->
                  o.printf(
                      Locale.ROOT,
                      "%-4s %s %s (%.3f)%n",
                      t.met() ? "ok" : "MISS",
                      t.name(),
                      t.floor(),
                      t.value()));
      o.printf(
          Locale.ROOT,
          "bench took %.1f min; report in %s%n",
          (System.nanoTime() - t0) / 60e9,
          out.resolve("REPORT.md"));
      o.flush();
      return 0;
    } finally {
      if (tempWork) {
        StepRunner.deleteTree(workDir);
      }
    }
  }

  private String commandLine() {
    // The parse result's arguments start with the subcommand's own name.
    List<String> args = spec.commandLine().getParseResult().originalArgs();
    int from = !args.isEmpty() && args.getFirst().equals(spec.name()) ? 1 : 0;
    return ("cvsearch bench " + String.join(" ", args.subList(from, args.size()))).strip();
  }
}
