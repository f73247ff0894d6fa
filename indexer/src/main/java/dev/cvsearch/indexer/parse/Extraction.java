package dev.cvsearch.indexer.parse;

import dev.cvsearch.indexer.model.Person;
import dev.cvsearch.indexer.model.Work;
import java.util.List;

/**
 * What extraction made of a set of files: merged, linked records and everything it had to skip.
 *
 * @param people merged people
 * @param works merged works, linked to people
 * @param skipped files and parts of files that could not be used, with reasons
 * @param stats counters for the summary
 */
public record Extraction(
    List<Person> people, List<Work> works, List<Skipped> skipped, ExtractionStats stats) {
  public Extraction {
    people = List.copyOf(people);
    works = List.copyOf(works);
    skipped = List.copyOf(skipped);
  }
}
