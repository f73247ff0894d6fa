package dev.cvsearch.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generations, the atomic pointer, the reindex lock and crash clean-up, on a real index. */
class IndexLayoutTest {
  @TempDir Path tmp;
  private Path data;
  private Path index;

  @BeforeEach
  void smallCorpus() throws IOException {
    data = tmp.resolve("data");
    Files.createDirectories(data);
    Files.copy(Path.of("src/test/resources/fixtures/arxiv/sample.jsonl"),
        data.resolve("sample.jsonl"));
    index = tmp.resolve("index");
  }

  private ReindexResult reindex() throws IOException {
    return new Reindexer(line -> {}).run(new Reindexer.Options(data, index, false));
  }

  private static long docs(Path gen) throws IOException {
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(gen))) {
      return r.numDocs();
    }
  }

  @Test
  void an_index_dir_without_a_pointer_has_no_generation() throws IOException {
    assertThat(IndexLayout.open(index).currentGeneration()).isEmpty();
  }

  @Test
  void reindex_switches_the_pointer_and_a_reader_opened_before_keeps_working() throws IOException {
    ReindexResult first = reindex();
    IndexLayout layout = IndexLayout.open(index);
    IndexLayout.Generation gen1 = layout.currentGeneration().orElseThrow();
    assertThat(gen1.name()).isEqualTo(first.generation()).isEqualTo("gen-000001");
    try (DirectoryReader before = DirectoryReader.open(FSDirectory.open(gen1.dir()))) {
      ReindexResult second = reindex();
      IndexLayout.Generation gen2 = layout.currentGeneration().orElseThrow();
      assertThat(gen2.name()).isEqualTo(second.generation()).isEqualTo("gen-000002");
      assertThat(new IndexSearcher(before).count(new MatchAllDocsQuery()))
          .isEqualTo(before.numDocs()).isPositive();
      assertThat(docs(gen2.dir())).isEqualTo(before.numDocs());
    }
    reindex();
    // The live generation and the one before it stay; older ones go.
    assertThat(layout.generations()).extracting(IndexLayout.Generation::name)
        .containsExactly("gen-000002", "gen-000003");
  }

  @Test
  void a_second_reindex_while_one_runs_is_refused() throws IOException {
    IndexLayout layout = IndexLayout.open(index);
    try (ReindexLock held = layout.lockForReindex()) {
      assertThatThrownBy(this::reindex).isInstanceOf(IndexBusyException.class)
          .hasMessageContaining("another reindex is running");
    }
    assertThat(reindex().built()).isTrue();
  }

  @Test
  void a_crashed_build_is_cleaned_up_and_the_previous_index_still_opens() throws IOException {
    reindex();
    IndexLayout layout = IndexLayout.open(index);
    IndexLayout.Generation live = layout.currentGeneration().orElseThrow();
    // A build that died before its commit, and a pointer that died before its move.
    IndexLayout.Generation crashed = layout.newGeneration();
    Files.writeString(crashed.dir().resolve("_0.cfs"), "partial", StandardCharsets.UTF_8);
    Files.writeString(index.resolve("CURRENT.tmp"), "gen-0000", StandardCharsets.UTF_8);
    assertThat(layout.currentGeneration()).contains(live);
    assertThat(docs(live.dir())).isPositive();
    assertThatThrownBy(() -> layout.switchTo(crashed)).isInstanceOf(IOException.class);

    ReindexResult next = reindex();
    assertThat(next.removedGenerations()).contains(crashed.name());
    assertThat(Files.exists(index.resolve("CURRENT.tmp"))).isFalse();
    assertThat(layout.currentGeneration().orElseThrow().name()).isEqualTo(next.generation());
    assertThat(docs(layout.currentGeneration().orElseThrow().dir())).isPositive();
  }

  @Test
  void nothing_readable_leaves_the_previous_generation_live() throws IOException {
    reindex();
    IndexLayout.Generation live = IndexLayout.open(index).currentGeneration().orElseThrow();
    Files.delete(data.resolve("sample.jsonl"));
    Files.writeString(data.resolve("notes.xyz"), "not an input", StandardCharsets.UTF_8);
    ReindexResult r = reindex();
    assertThat(r.built()).isFalse();
    assertThat(IndexLayout.open(index).currentGeneration()).contains(live);
  }
}
