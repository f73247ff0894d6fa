package dev.cvsearch.indexer.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvsearch.indexer.Json;
import dev.cvsearch.indexer.SharedData;
import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.parse.Extraction;
import dev.cvsearch.indexer.parse.Extractor;
import dev.cvsearch.indexer.parse.ParseContext;
import dev.cvsearch.indexer.parse.Skipped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 1,000 malformed files beside the seeds: the run completes, every bad file is named with a reason,
 * and the seeds come out exactly as they do alone.
 */
class MalformedCorpusExtractionTest {
  @TempDir Path tmp;

  @Test
  void a_thousand_bad_files_are_each_reported_and_the_seeds_are_untouched() throws Exception {
    Path seeds = SharedData.resolve("seeds");
    Path bad = tmp.resolve("bad");
    List<String> names = MalformedCorpus.write(bad, 1000, 42);
    Path data = Files.createDirectories(tmp.resolve("data"));
    Files.createSymbolicLink(data.resolve("seeds"), seeds);
    Files.createSymbolicLink(data.resolve("bad"), bad);

    Extraction alone = new Extractor(ParseContext.standard(), f -> {}).extract(List.of(data.resolve("seeds")));
    Extraction mixed = new Extractor(ParseContext.standard(), f -> {}).extract(List.of(data));

    Set<String> reported = mixed.skipped().stream().map(Skipped::file).collect(Collectors.toSet());
    List<String> unreported = names.stream().filter(n -> !reported.contains("bad/" + n)).toList();
    assertThat(unreported).as("bad files without a reason").isEmpty();
    assertThat(mixed.skipped()).allSatisfy(s -> assertThat(s.reason()).isNotBlank());
    // Same records; only the file names in sources differ ("seeds/000_…" against "000_…").
    assertThat(mixed.people()).extracting(p -> p.id() + " " + p.name() + " " + p.positions())
        .containsExactlyElementsOf(alone.people().stream()
            .map(p -> p.id() + " " + p.name() + " " + p.positions()).toList());
    assertThat(mixed.works()).extracting(MalformedCorpusExtractionTest::withoutFiles)
        .containsExactlyElementsOf(alone.works().stream().map(MalformedCorpusExtractionTest::withoutFiles).toList());
  }

  private static String withoutFiles(Work w) throws RuntimeException {
    try {
      return Json.MAPPER.writeValueAsString(w.toBuilder().sources(List.of()).build());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
