package dev.cvsearch.indexer.index;

import dev.cvsearch.indexer.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a generation holds, written beside its index as {@code generation.json} when it is built.
 *
 * @param generation generation name
 * @param builtAt ISO-8601 instant of the commit
 * @param works work documents
 * @param people person documents
 * @param bySourceFormat works per source file type ("bib", "jsonl", "pdf", "txt", …)
 * @param byVenue works per venue name, top venues
 * @param stemmer the stemmer the index was built with
 * @param minedAcronyms acronym pairs mined from the corpus
 */
public record GenerationInfo(
    String generation,
    String builtAt,
    long works,
    long people,
    Map<String, Long> bySourceFormat,
    Map<String, Long> byVenue,
    String stemmer,
    int minedAcronyms) {
  public static final String FILE_NAME = "generation.json";

  public GenerationInfo {
    bySourceFormat = Map.copyOf(bySourceFormat);
    byVenue = Map.copyOf(byVenue);
  }

  /** Reads the info of a generation directory. */
  public static GenerationInfo read(Path generationDir) throws IOException {
    return Json.MAPPER.readValue(generationDir.resolve(FILE_NAME).toFile(), GenerationInfo.class);
  }
}
