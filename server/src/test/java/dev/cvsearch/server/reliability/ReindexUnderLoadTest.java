package dev.cvsearch.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvsearch.indexer.index.Reindexer;
import dev.cvsearch.server.cli.DemoCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two clients search the real server over HTTP before and during a full reindex of the index they
 * read (seeds plus the demo corpus): no request fails and the new generation is served after it.
 * The real-data run (150k records, minutes) is {@code scripts/load-test.sh}.
 */
class ReindexUnderLoadTest {
  @TempDir Path work;

  @Test
  void searches_during_a_full_reindex_all_succeed() throws Exception {
    Path data = Files.createDirectories(work.resolve("data"));
    Files.createSymbolicLink(data.resolve("seeds"),
        Path.of(System.getProperty("cvsearch.shared", "../../shared"), "seeds").toAbsolutePath());
    DemoCorpus.copyTo(data.resolve("demo"));
    Path index = work.resolve("index");
    new Reindexer(line -> {}).run(new Reindexer.Options(data, index, false));

    LoadRun.Result r = LoadRun.measure(index, data, 2, 0.5, 1.5, System.out);

    System.out.println(r.steady().line("before"));
    System.out.println(r.during().line("during reindex"));
    assertThat(r.failures()).isEmpty();
    assertThat(r.reindex().built()).isTrue();
    assertThat(r.after()).isNotEqualTo(r.before());
    assertThat(r.steady().requests()).isPositive();
    assertThat(r.during().requests()).isPositive();
  }
}
