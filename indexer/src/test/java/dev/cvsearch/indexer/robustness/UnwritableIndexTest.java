package dev.cvsearch.indexer.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cvsearch.indexer.SharedData;
import dev.cvsearch.indexer.index.IndexLayout;
import dev.cvsearch.indexer.index.Reindexer;
import dev.cvsearch.indexer.search.SearchRequest;
import dev.cvsearch.indexer.search.SearchService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up, or an index folder where the new generation cannot be written, in the
 * middle of a reindex: a clear error that says what failed and where, and the previous generation
 * keeps serving the same answers. (Root ignores file modes, so "unwritable" is a file in the way.)
 */
class UnwritableIndexTest {
  @TempDir Path tmp;
  private Path index;

  @BeforeEach
  void previousIndex() throws IOException {
    index = tmp.resolve("index");
    new Reindexer(line -> {}).run(new Reindexer.Options(SharedData.resolve("seeds"), index, false));
  }

  @Test
  void a_disk_that_fills_up_while_indexing_fails_clearly_and_the_old_generation_serves()
      throws Exception {
    try (SearchService live = SearchService.open(index)) {
      long before = live.search(SearchRequest.of("speech")).total();
      Reindexer full =
          new Reindexer(line -> {}, dir -> new FullDiskDirectory(FSDirectory.open(dir), 20_000));

      assertThatThrownBy(
              () -> full.run(new Reindexer.Options(SharedData.resolve("seeds"), index, false)))
          .isInstanceOf(IOException.class)
          .hasMessageContaining(FullDiskDirectory.NO_SPACE)
          .hasMessageContaining(index.resolve("gen-000002").toString());

      live.refresh();
      assertThat(live.generation()).isEqualTo("gen-000001");
      assertThat(live.search(SearchRequest.of("speech")).total()).isEqualTo(before);
      assertLeftClean();
    }
  }

  @Test
  void a_file_where_the_new_generation_must_go_fails_clearly_and_the_old_generation_serves()
      throws Exception {
    Files.writeString(index.resolve("gen-000002"), "in the way");
    try (SearchService live = SearchService.open(index)) {
      long before = live.search(SearchRequest.of("speech")).total();

      assertThatThrownBy(
              () ->
                  new Reindexer(line -> {})
                      .run(new Reindexer.Options(SharedData.resolve("seeds"), index, false)))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("gen-000002")
          .hasMessageContaining(index.toString())
          .hasMessageContaining("new index generation");

      live.refresh();
      assertThat(live.generation()).isEqualTo("gen-000001");
      assertThat(live.search(SearchRequest.of("speech")).total()).isEqualTo(before);
    }
  }

  private void assertLeftClean() throws IOException {
    IndexLayout layout = IndexLayout.open(index);
    assertThat(layout.currentGeneration()).map(IndexLayout.Generation::name).hasValue("gen-000001");
    assertThat(layout.generations()).extracting(IndexLayout.Generation::name)
        .containsExactly("gen-000001");
    layout.lockForReindex().close(); // not left held
    assertThat(new Reindexer(line -> {})
        .run(new Reindexer.Options(SharedData.resolve("seeds"), index, false)).built()).isTrue();
  }
}
