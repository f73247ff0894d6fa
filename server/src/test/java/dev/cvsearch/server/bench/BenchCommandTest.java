package dev.cvsearch.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cvsearch.indexer.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchCommandTest {
  private static final Path SHARED = Path.of(System.getProperty("cvsearch.shared", "../shared"));

  @TempDir Path out;
  @TempDir Path work;

  @Test
  void quick_run_on_the_seeds_writes_a_report_json_with_positive_ratios_and_charts()
      throws Exception {
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int code =
        new CommandLine(new BenchCommand())
            .setOut(new PrintWriter(stdout, true))
            .setErr(new PrintWriter(stderr, true))
            .execute(
                "--quick",
                "--seeds",
                SHARED.resolve("seeds").toString(),
                "--out",
                out.toString(),
                "--work",
                work.toString(),
                "--seconds",
                "0.2",
                "--warmup",
                "0.1");

    assertThat(code).as(stderr.toString()).isZero();
    JsonNode json = Json.MAPPER.readTree(out.resolve("results/latest.json").toFile());
    assertThat(json.path("corpus_records").asLong()).isPositive();
    for (String side : List.of("ours", "baseline")) {
      assertThat(json.path(side).path("index_docs_per_s").asDouble()).as(side).isPositive();
      assertThat(json.path(side).path("search_qps_in_process").asDouble()).as(side).isPositive();
      assertThat(json.path(side).path("search_qps_http").asDouble()).as(side).isPositive();
    }
    JsonNode ratios = json.path("ratios");
    assertThat(ratios.size()).isGreaterThanOrEqualTo(3);
    for (String r : List.of("index_docs_per_s", "search_qps_in_process", "search_qps_http")) {
      assertThat(ratios.has(r)).as(r).isTrue();
    }
    ratios
        .properties()
        .forEach(
            e ->
                assertThat(e.getValue().isNumber() && e.getValue().asDouble() > 0)
                    .as("ratio %s = %s", e.getKey(), e.getValue())
                    .isTrue());
    JsonNode ladder = json.path("ladder");
    assertThat(ladder.isArray()).isTrue();
    assertThat(ladder.size()).isEqualTo(3);
    assertThat(ladder.get(2).path("repeated").asBoolean()).isTrue();
    for (JsonNode step : ladder) {
      assertThat(step.path("ours").path("in_process1t").path("errors").asLong()).isZero();
      assertThat(step.path("baseline").path("http2t").path("errors").asLong()).isZero();
      // One-client latency is the median of several windows, each one's tail kept.
      for (String path : List.of("in_process1t", "http1t")) {
        assertThat(step.path("ours").path(path).path("window_tails").size())
            .as(path)
            .isEqualTo(StepRunner.LATENCY_WINDOWS);
      }
      assertThat(step.path("ours").path("in_process2t").path("window_tails").size()).isZero();
    }
    assertThat(out.resolve("REPORT.md")).content().contains("## Ladder", "## Targets");
    for (String png : List.of("latency.png", "throughput.png", "indexing.png")) {
      assertThat(Files.size(out.resolve("results").resolve(png))).as(png).isGreaterThan(1000);
    }
  }

  @Test
  void an_unknown_max_step_is_a_usage_error() {
    int code =
        new CommandLine(new BenchCommand())
            .setOut(new PrintWriter(new StringWriter()))
            .setErr(new PrintWriter(new StringWriter()))
            .execute(
                "--max-step",
                "2m",
                "--data",
                SHARED.resolve("data").toString(),
                "--seeds",
                SHARED.resolve("seeds").toString());
    assertThat(code).isEqualTo(2);
  }
}
