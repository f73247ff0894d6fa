package dev.cvsearch.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvsearch.server.cli.DemoCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL of {@code cvsearch reindex} processes while the server serves the same index folder: a
 * random moment, mid-indexing, and between the temporary pointer and its atomic move. No search
 * fails, the next reindex succeeds, and no lock or half-built generation stays behind. The 20-kill
 * run over a bigger corpus is {@code scripts/crash-test.sh}.
 */
class CrashSafetyTest {
  @TempDir Path work;

  @Test
  void killing_reindex_processes_never_fails_a_search_nor_blocks_the_next_reindex()
      throws Exception {
    Path seeds = Path.of(System.getProperty("cvsearch.shared", "../../shared"), "seeds")
        .toAbsolutePath();
    Path oldData = Files.createDirectories(work.resolve("old"));
    Files.createSymbolicLink(oldData.resolve("seeds"), seeds);
    Path newData = Files.createDirectories(work.resolve("new"));
    Files.createSymbolicLink(newData.resolve("seeds"), seeds);
    DemoCorpus.copyTo(newData.resolve("demo"));

    CrashTrials.Summary s = CrashTrials.run(new CrashTrials.Config(work, oldData, newData,
        List.of(CrashTrials.RANDOM, "indexing", "pointer"), 2500, 11, System.out));

    System.out.print(s.report());
    assertThat(s.failures()).isEmpty();
    assertThat(s.problems()).isEmpty();
    assertThat(s.recoveries()).isEqualTo(3);
    assertThat(s.requests()).isPositive();
    assertThat(s.worksServed()).isSubsetOf(s.oldWorks(), s.newWorks());
  }
}
