package dev.cvsearch.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvsearch.indexer.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --incremental}: only changed files are re-read; the result equals a full reindex. */
class IncrementalReindexTest {
  @TempDir Path tmp;

  private ReindexResult run(Path data, Path index, boolean incremental) throws IOException {
    return new Reindexer(line -> {}).run(new Reindexer.Options(data, index, incremental));
  }

  @Test
  void touching_one_file_re_reads_exactly_that_file() throws IOException {
    Path data = tmp.resolve("seeds");
    Files.createDirectories(data);
    List<Path> seeds;
    try (Stream<Path> s = Files.list(SharedData.resolve("seeds"))) {
      seeds = s.sorted().toList();
    }
    for (Path p : seeds) {
      Files.copy(p, data.resolve(p.getFileName()));
    }
    Path index = tmp.resolve("index");
    ReindexResult full = run(data, index, false);
    assertThat(full.filesReRead()).isEqualTo(seeds.size());

    ReindexResult unchanged = run(data, index, true);
    assertThat(unchanged.filesReRead()).isZero();
    assertThat(unchanged.filesFromCache()).isEqualTo(seeds.size());
    assertThat(unchanged.works()).isEqualTo(full.works());
    assertThat(unchanged.people()).isEqualTo(full.people());

    Path touched = data.resolve(seeds.get(1).getFileName());
    Files.setLastModifiedTime(touched, FileTime.from(Instant.now().plusSeconds(5)));
    ReindexResult afterTouch = run(data, index, true);
    assertThat(afterTouch.filesReRead()).isEqualTo(1);
    assertThat(afterTouch.filesFromCache()).isEqualTo(seeds.size() - 1);
    assertThat(afterTouch.works()).isEqualTo(full.works());

    Files.writeString(touched, "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    assertThat(run(data, index, true).filesReRead()).isEqualTo(1);
  }

  @Test
  void a_vanished_file_drops_out_and_is_reported() throws IOException {
    Path data = tmp.resolve("data");
    Files.createDirectories(data);
    Files.copy(Path.of("src/test/resources/fixtures/arxiv/sample.jsonl"), data.resolve("a.jsonl"));
    Files.copy(Path.of("src/test/resources/fixtures/bibtex/sample.bib"), data.resolve("b.bib"));
    Path index = tmp.resolve("index");
    ReindexResult full = run(data, index, false);
    Files.delete(data.resolve("b.bib"));
    ReindexResult after = run(data, index, true);
    assertThat(after.filesRemoved()).isEqualTo(1);
    assertThat(after.filesReRead()).isZero();
    assertThat(after.filesFromCache()).isEqualTo(1);
    assertThat(after.works()).isLessThan(full.works());
    assertThat(after.works()).isEqualTo(run(data, tmp.resolve("fresh"), false).works());
  }
}
