package dev.cvsearch.indexer.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvsearch.indexer.SharedData;
import dev.cvsearch.indexer.index.IndexLayout;
import dev.cvsearch.indexer.index.ReindexResult;
import dev.cvsearch.indexer.index.Reindexer;
import dev.cvsearch.indexer.parse.Skipped;
import dev.cvsearch.indexer.schema.IndexedDocs;
import dev.cvsearch.indexer.schema.StoredHit;
import dev.cvsearch.indexer.search.SearchRequest;
import dev.cvsearch.indexer.search.SearchResponse;
import dev.cvsearch.indexer.search.SearchService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reindex over 1,000 malformed files beside the seeds: it completes, its result names every bad
 * file with a reason, and the index holds exactly the documents of a reindex of the seeds alone
 * (same ids, same stored records, same counts and facets).
 */
class MalformedCorpusReindexTest {
  @TempDir Path tmp;

  @Test
  void a_reindex_over_a_thousand_bad_files_indexes_the_seeds_exactly_as_alone() throws Exception {
    Path seeds = SharedData.resolve("seeds");
    Path alone = Files.createDirectories(tmp.resolve("alone"));
    Files.createSymbolicLink(alone.resolve("seeds"), seeds);
    Path mixed = Files.createDirectories(tmp.resolve("mixed"));
    Files.createSymbolicLink(mixed.resolve("seeds"), seeds);
    List<String> bad = MalformedCorpus.write(mixed.resolve("bad"), 1000, 7);

    ReindexResult clean = reindex(alone, tmp.resolve("index-alone"));
    ReindexResult dirty = reindex(mixed, tmp.resolve("index-mixed"));

    assertThat(dirty.built()).isTrue();
    Map<String, String> reasons = dirty.skipped().stream()
        .filter(s -> s.file().startsWith("bad/"))
        .collect(Collectors.toMap(Skipped::file, Skipped::reason, (a, b) -> a + "; " + b));
    assertThat(bad).allSatisfy(name -> assertThat(reasons.get("bad/" + name))
        .as("reason given for %s", name).isNotBlank());
    assertThat(dirty.skipped()).filteredOn(s -> s.file().startsWith("seeds/"))
        .containsExactlyElementsOf(clean.skipped());
    assertThat(dirty.people()).isEqualTo(clean.people());
    assertThat(dirty.works()).isEqualTo(clean.works());
    assertThat(storedDocuments(tmp.resolve("index-mixed")))
        .isEqualTo(storedDocuments(tmp.resolve("index-alone")));
    try (SearchService a = SearchService.open(tmp.resolve("index-alone"));
        SearchService b = SearchService.open(tmp.resolve("index-mixed"))) {
      for (String q : List.of("", "speech", "speech recognition", "\"wake word\"", "author:zhen")) {
        SearchResponse ra = a.search(SearchRequest.of(q));
        SearchResponse rb = b.search(SearchRequest.of(q));
        assertThat(rb.total()).as(q).isEqualTo(ra.total());
        assertThat(rb.hits()).as(q).extracting(h -> h.id()).isEqualTo(
            ra.hits().stream().map(h -> h.id()).toList());
        assertThat(rb.facets()).as(q).isEqualTo(ra.facets());
      }
    }
  }

  private static ReindexResult reindex(Path data, Path index) throws IOException {
    return new Reindexer(line -> {}).run(new Reindexer.Options(data, index, false));
  }

  /** id → every stored field and the hit of the live documents, in a comparable form. */
  private static Map<String, String> storedDocuments(Path index) throws IOException {
    Path gen = IndexLayout.open(index).currentGeneration().orElseThrow().dir();
    Map<String, String> out = new TreeMap<>();
    try (FSDirectory dir = FSDirectory.open(gen);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      for (var leaf : reader.leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        Bits live = leaf.reader().getLiveDocs();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live != null && !live.get(d)) {
            continue;
          }
          var doc = stored.document(d);
          String fields = doc.getFields().stream()
              .map(f -> f.name() + "=" + value(f))
              .sorted()
              .collect(Collectors.joining("\n"));
          int top = leaf.docBase + d;
          StoredHit hit = IndexedDocs.hit(reader, top);
          out.put(hit.id(), fields + "\nhit=" + hit);
        }
      }
    }
    return out;
  }

  private static String value(IndexableField f) {
    if (f.stringValue() != null) {
      return f.stringValue();
    }
    return f.numericValue() != null ? f.numericValue().toString() : String.valueOf(f.binaryValue());
  }
}
