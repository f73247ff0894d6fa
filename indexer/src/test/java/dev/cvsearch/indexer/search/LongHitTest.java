package dev.cvsearch.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvsearch.indexer.index.IndexLayout;
import dev.cvsearch.indexer.index.Reindexer;
import dev.cvsearch.indexer.schema.Fields;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A work whose hit is too long for the hit column (hundreds of authors) keeps it stored apart. */
class LongHitTest {
  private static final int AUTHORS = 400;

  @Test
  void a_work_with_hundreds_of_authors_is_listed_with_all_of_them(@TempDir Path tmp)
      throws IOException {
    Path data = Files.createDirectories(tmp.resolve("data"));
    List<String> authors = new ArrayList<>();
    for (int i = 0; i < AUTHORS; i++) {
      authors.add("Collaborator" + i + ", Member");
    }
    Files.writeString(
        data.resolve("big.bib"),
        """
        @inproceedings{big-2024,
            title = "Observation of Gravitational Lensing Across Many Detectors",
            author = "%s",
            booktitle = "Proceedings of the Big Collaboration Workshop",
            year = "2024",
        }

        @inproceedings{small-2024,
            title = "Gravitational Lensing for a Small Team",
            author = "Solo, Hana",
            booktitle = "Proceedings of the Big Collaboration Workshop",
            year = "2024",
        }
        """
            .formatted(String.join(" and ", authors)));
    Path index = tmp.resolve("index");
    new Reindexer(line -> {}).run(new Reindexer.Options(data, index, false));

    try (SearchService search = SearchService.open(index)) {
      SearchResponse r = search.search(SearchRequest.of("gravitational lensing"));
      assertThat(r.hits()).extracting(SearchHit::title).containsExactlyInAnyOrder(
          "Observation of Gravitational Lensing Across Many Detectors",
          "Gravitational Lensing for a Small Team");
      SearchHit big = r.hits().stream().filter(h -> h.authors().size() > 1).findFirst().orElseThrow();
      assertThat(big.authors()).hasSize(AUTHORS).contains("Member Collaborator399");
    }

    // The long hit is stored apart, every other in the column.
    Path gen = IndexLayout.open(index).currentGeneration().orElseThrow().dir();
    try (FSDirectory dir = FSDirectory.open(gen);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      int stored = 0;
      for (LeafReaderContext leaf : reader.leaves()) {
        BinaryDocValues column = DocValues.getBinary(leaf.reader(), Fields.HIT);
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          boolean apart =
              leaf.reader().storedFields().document(d, Set.of(Fields.HIT_STORED))
                      .getBinaryValue(Fields.HIT_STORED)
                  != null;
          assertThat(column.advanceExact(d)).as("doc %d in the column", d).isNotEqualTo(apart);
          stored += apart ? 1 : 0;
        }
      }
      assertThat(stored).isEqualTo(1);
    }
  }
}
