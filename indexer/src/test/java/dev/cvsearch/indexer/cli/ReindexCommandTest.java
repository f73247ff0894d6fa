package dev.cvsearch.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Exit codes and the summary of {@code cvsearch reindex}. */
class ReindexCommandTest {
  @TempDir Path tmp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return new CommandLine(new ReindexCommand())
        .setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
  }

  @Test
  void reindex_prints_a_summary_and_exits_0() throws IOException {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Files.copy(Path.of("src/test/resources/fixtures/bibtex/sample.bib"), data.resolve("a.bib"));
    Files.writeString(data.resolve("photo.png"), "x", StandardCharsets.UTF_8);
    int code = run("--data", data.toString(), "--index", tmp.resolve("index").toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("works", "people", "duplicates merged",
        "unsupported file type .png", "photo.png");
  }

  @Test
  void incremental_reports_re_read_cached_and_removed_files() throws IOException {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Files.copy(Path.of("src/test/resources/fixtures/bibtex/sample.bib"), data.resolve("a.bib"));
    String index = tmp.resolve("index").toString();
    assertThat(run("--data", data.toString(), "--index", index)).isZero();
    assertThat(run("--data", data.toString(), "--index", index, "--incremental")).isZero();
    assertThat(out.toString()).contains("0 files re-read, 1 from cache, 0 removed");
  }

  @Test
  void missing_data_option_is_a_usage_error() {
    assertThat(run("--index", tmp.toString())).isEqualTo(2);
  }

  @Test
  void a_data_folder_that_does_not_exist_is_a_usage_error() {
    assertThat(run("--data", tmp.resolve("nope").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("no such file or folder");
  }

  @Test
  void a_folder_with_nothing_readable_fails_with_1() throws IOException {
    Path data = Files.createDirectories(tmp.resolve("empty"));
    Files.writeString(data.resolve("notes.xyz"), "x", StandardCharsets.UTF_8);
    assertThat(run("--data", data.toString(), "--index", tmp.resolve("i").toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains("nothing readable");
  }
}
