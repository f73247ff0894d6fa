package dev.cvsearch.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The serve and demo commands: usage, exit codes, and the bundled corpus. */
class ServeCommandTest {
  @TempDir Path tmp;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void serve_and_demo_have_help() {
    Run serve = run("serve", "--help");
    assertThat(serve.exit()).isZero();
    assertThat(serve.out()).contains("--index", "--data", "--port", "--host", "--admin-token",
        "127.0.0.1", "7070");
    Run demo = run("demo", "--help");
    assertThat(demo.exit()).isZero();
    assertThat(demo.out()).contains("--port");
  }

  @Test
  void serve_without_an_index_or_data_explains_how_to_build_one() {
    Run r = run("serve", "--index", tmp.resolve("none").toString(), "--port", "0");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("no index at", "cvsearch reindex --data");
  }

  @Test
  void bad_port_and_missing_data_folder_are_usage_errors() {
    assertThat(run("serve", "--port", "70000").exit()).isEqualTo(2);
    assertThat(run("serve", "--port", "http").exit()).isEqualTo(2);
    assertThat(run("serve", "--data", tmp.resolve("absent").toString()).exit()).isEqualTo(2);
    assertThat(run("demo", "--port", "-1").exit()).isEqualTo(2);
  }

  @Test
  void demo_corpus_copies_every_file_but_the_readme() throws IOException {
    List<Path> files = DemoCorpus.copyTo(tmp.resolve("data"));
    assertThat(files).hasSizeGreaterThan(3);
    assertThat(files).allSatisfy(p -> assertThat(Files.size(p)).isPositive());
    assertThat(files).noneMatch(p -> p.getFileName().toString().equalsIgnoreCase("README.md"));
  }

  @Test
  void demo_corpus_indexes() throws IOException {
    Path data = tmp.resolve("data");
    DemoCorpus.copyTo(data);
    String summary = Indexes.rebuild(data, tmp.resolve("index"), false, null);
    assertThat(summary).contains("works", "people");
    assertThat(Indexes.exists(tmp.resolve("index"))).isTrue();
  }
}
