package dev.cvsearch.indexer.index;

import dev.cvsearch.indexer.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Display labels of one generation, written beside its index as {@code labels.json}: venue id →
 * name, topic id → name, person id → name. Facets store ids; pages show names. Load it once per
 * generation ({@link #read}).
 *
 * @param venues venue id → display name
 * @param topics arXiv category id → name
 * @param people person id → display name
 */
public record IndexLabels(
    Map<String, String> venues, Map<String, String> topics, Map<String, String> people) {
  public static final String FILE_NAME = "labels.json";

  /** No labels (an empty index). */
  public static final IndexLabels EMPTY = new IndexLabels(Map.of(), Map.of(), Map.of());

  public IndexLabels {
    venues = Map.copyOf(venues);
    topics = Map.copyOf(topics);
    people = Map.copyOf(people);
  }

  /** Reads the labels of a generation directory; a generation without the file has none. */
  public static IndexLabels read(Path generationDir) throws IOException {
    Path file = generationDir.resolve(FILE_NAME);
    return Files.exists(file) ? Json.MAPPER.readValue(file.toFile(), IndexLabels.class) : EMPTY;
  }

  public Optional<String> venue(String id) {
    return Optional.ofNullable(venues.get(id));
  }

  public Optional<String> topic(String id) {
    return Optional.ofNullable(topics.get(id));
  }

  public Optional<String> person(String id) {
    return Optional.ofNullable(people.get(id));
  }
}
