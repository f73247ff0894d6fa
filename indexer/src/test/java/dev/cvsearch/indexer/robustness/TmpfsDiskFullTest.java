package dev.cvsearch.indexer.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvsearch.indexer.SharedData;
import dev.cvsearch.indexer.cli.ReindexCommand;
import dev.cvsearch.indexer.index.IndexLayout;
import dev.cvsearch.indexer.search.SearchRequest;
import dev.cvsearch.indexer.search.SearchService;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A real full disk: the index lives on a 2 MB tmpfs, a reindex of the seeds fits, a reindex of the
 * seeds plus SciFact (5,183 abstracts) does not. {@code cvsearch reindex} exits 1 with the reason
 * and the folder, and the seeds generation keeps serving. Needs root (mount); skipped otherwise.
 */
@Tag("slow")
class TmpfsDiskFullTest {
  @TempDir Path tmp;
  private Path mount;

  @AfterEach
  void unmount() throws Exception {
    if (mount != null) {
      run("umount", mount.toString());
    }
  }

  @Test
  void a_reindex_that_fills_the_disk_exits_1_with_the_reason_and_the_old_index_serves()
      throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("tmpfs"));
    Assumptions.assumeTrue(
        run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", dir.toString()) == 0,
        "cannot mount a tmpfs here (not root?)");
    mount = dir;
    Path index = dir.resolve("index");
    Path seeds = SharedData.resolve("seeds");
    assertThat(reindex(seeds, index, new StringWriter())).isZero();

    Path more = Files.createDirectories(tmp.resolve("more"));
    Files.createSymbolicLink(more.resolve("seeds"), seeds);
    Files.createSymbolicLink(more.resolve("scifact.jsonl.gz"),
        SharedData.resolve("data/scifact/corpus.jsonl.gz"));
    try (SearchService live = SearchService.open(index)) {
      long before = live.search(SearchRequest.of("speech")).total();
      StringWriter err = new StringWriter();

      assertThat(reindex(more, index, err)).isEqualTo(1);

      assertThat(err.toString())
          .contains("the previous index stays live")
          .contains("No space left on device")
          .contains(index.resolve("gen-000002").toString());
      live.refresh();
      assertThat(live.generation()).isEqualTo("gen-000001");
      assertThat(live.search(SearchRequest.of("speech")).total()).isEqualTo(before);
      assertThat(IndexLayout.open(index).generations()).extracting(IndexLayout.Generation::name)
          .containsExactly("gen-000001");
    }
  }

  private static int reindex(Path data, Path index, StringWriter err) {
    CommandLine cl = new CommandLine(new ReindexCommand());
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute("--data", data.toString(), "--index", index.toString());
  }

  private static int run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return -1;
    }
    return p.exitValue();
  }

}
