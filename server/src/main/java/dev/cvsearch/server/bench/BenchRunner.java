package dev.cvsearch.server.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cvsearch.indexer.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs a whole bench: reads the corpus, draws the query mix, walks the ladder, evaluates relevance,
 * and writes the JSON, the charts and the Markdown report.
 */
public final class BenchRunner {
  /** snake_case keys, as the issue spells them. */
  static final ObjectMapper JSON =
      Json.MAPPER
          .copy()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private final BenchConfig config;
  private final Consumer<String> log;

  public BenchRunner(BenchConfig config, Consumer<String> log) {
    this.config = config;
    this.log = log;
  }

  /** Runs and writes everything; returns the results. */
  public BenchResults run() throws IOException, InterruptedException {
    System.setProperty("java.awt.headless", "true");
    Map<String, Object> machine = Machine.describe();
    log.accept("machine: " + machine);
    Files.createDirectories(config.work());
    Corpus corpus = Corpus.load(config.inputs(), config.seed(), config.timedRuns(), log);
    List<BenchQuery> queries = QueryMix.draw(corpus, config.queries(), config.seed());
    Driver driver = new Driver(queries);
    // Load Jetty's and Javalin's classes once, so the first start-up timed is not the JVM's first.
    io.javalin.Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.jetty.host = "127.0.0.1";
              cfg.jetty.port = 0;
            })
        .start()
        .stop();
    StepRunner steps = new StepRunner(config, corpus, driver, log);
    List<StepResult> ladder = new ArrayList<>();
    long headline =
        config.steps().contains(BenchConfig.FULL)
            ? BenchConfig.FULL
            : config.steps().get(config.steps().size() - 1);
    Latency load = null;
    for (long step : config.steps()) {
      StepRunner.Outcome o = steps.run(step, step == headline);
      ladder.add(o.result());
      if (o.load() != null) {
        load = o.load();
      }
    }
    if (driver.firstError() != null) {
      log.accept("first query error: " + driver.firstError());
    }
    Relevance relevance = null;
    if (config.scifact() != null) {
      log.accept("relevance: cvsearch eval on SciFact train…");
      relevance = Relevance.run(config.scifact());
      log.accept(
          relevance == null ? "relevance: SciFact files missing, skipped" : relevance.summary());
    }
    machine.put("load_average_end", Machine.loadAverage());
    BenchResults results = assemble(machine, corpus, queries, ladder, headline, relevance, load);
    write(results, driver.firstError());
    return results;
  }

  private BenchResults assemble(
      Map<String, Object> machine,
      Corpus corpus,
      List<BenchQuery> queries,
      List<StepResult> ladder,
      long headline,
      Relevance relevance,
      Latency load) {
    String label = BenchConfig.label(headline);
    StepResult h = ladder.stream().filter(s -> s.step().equals(label)).findFirst().orElseThrow();
    // Parsing included: our side reads with merging and linking, the baseline only reads.
    double share = (double) h.docs() / Math.max(1, corpus.size());
    double oursParse = corpus.extract().seconds() * share;
    double baseParse = corpus.parse().seconds() * share;
    double oursParseCpu = corpus.extract().cpuSeconds() * share;
    double baseParseCpu = corpus.parse().cpuSeconds() * share;
    var ours =
        new BenchResults.Headline(
            h.docs() / (oursParse + h.ours().indexSeconds()),
            h.docs() / (oursParseCpu + h.ours().indexCpuSeconds()),
            h.ours().indexDocsPerS(),
            oursParse,
            h.ours().inProcess2t().qps(),
            h.ours().http2t().qps(),
            h.ours());
    var base =
        new BenchResults.Headline(
            h.docs() / (baseParse + h.baseline().indexSeconds()),
            h.docs() / (baseParseCpu + h.baseline().indexCpuSeconds()),
            h.baseline().indexDocsPerS(),
            baseParse,
            h.baseline().inProcess2t().qps(),
            h.baseline().http2t().qps(),
            h.baseline());
    Map<String, Double> ratios = new LinkedHashMap<>(h.ratios());
    ratios.put("index_only_docs_per_s", h.ratios().get("index_docs_per_s"));
    ratios.put("index_only_docs_per_cpu_s", h.ratios().get("index_docs_per_cpu_s"));
    ratios.put("index_docs_per_s", StepResult.ratio(ours.indexDocsPerS(), base.indexDocsPerS()));
    ratios.put(
        "index_docs_per_cpu_s", StepResult.ratio(ours.indexDocsPerCpuS(), base.indexDocsPerCpuS()));
    Map<String, Object> mix = new LinkedHashMap<>();
    mix.put("seed", config.seed());
    mix.put("queries", queries.size());
    for (BenchQuery.Kind k : BenchQuery.Kind.values()) {
      mix.put(
          k.name().toLowerCase(Locale.ROOT), queries.stream().filter(q -> q.kind() == k).count());
    }
    mix.put(
        "examples",
        queries.stream()
            // Names come from the CVs too: keep them out of the committed report.
            .filter(q -> q.kind() != BenchQuery.Kind.PERSON)
            .limit(8)
            .map(BenchQuery::queryString)
            .toList());
    return new BenchResults(
        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
        config.command(),
        config.quick(),
        machine,
        corpus.parse().records(),
        corpus.size(),
        config.inputs().stream().map(Path::toString).toList(),
        label,
        corpus.parse(),
        corpus.extract(),
        ours,
        base,
        ratios,
        ladder,
        relevance,
        load,
        Targets.of(ratios, ladder, relevance, load),
        mix);
  }

  private void write(BenchResults results, String firstError) throws IOException {
    Path resultsDir = config.out().resolve("results");
    Files.createDirectories(resultsDir);
    Path json = resultsDir.resolve("latest.json");
    Files.writeString(json, JSON.writeValueAsString(results) + "\n", StandardCharsets.UTF_8);
    render(config.out(), results, firstError, log);
  }

  /** The hand-written sections beside the report (notes on a run, profiling), joined; or null. */
  private static String handWritten(Path... files) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (Path f : files) {
      if (Files.isRegularFile(f)) {
        sb.append(Files.readString(f, StandardCharsets.UTF_8).strip()).append("\n\n");
      }
    }
    return sb.isEmpty() ? null : sb.toString();
  }

  /**
   * Draws the charts and the report again from {@code OUT/results/latest.json}, without measuring
   * (after editing {@code OUT/PROFILING.md}, say).
   */
  public static BenchResults rerender(Path out, Consumer<String> log) throws IOException {
    BenchResults results =
        JSON.copy()
            .disable(
                com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .readValue(out.resolve("results/latest.json").toFile(), BenchResults.class);
    render(out, results, null, log);
    return results;
  }

  private static void render(
      Path out, BenchResults results, String firstError, Consumer<String> log) throws IOException {
    Path resultsDir = out.resolve("results");
    Path json = resultsDir.resolve("latest.json");
    List<Path> charts = Charts.draw(results.ladder(), resultsDir);
    String profiling = handWritten(out.resolve("NOTES.md"), out.resolve("PROFILING.md"));
    Path report = out.resolve("REPORT.md");
    Files.writeString(
        report, MarkdownReport.render(results, profiling, firstError), StandardCharsets.UTF_8);
    log.accept("wrote " + report + " and " + charts.size() + " charts from " + json);
  }
}
