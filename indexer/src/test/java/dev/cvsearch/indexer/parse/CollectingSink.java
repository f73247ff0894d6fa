package dev.cvsearch.indexer.parse;

import dev.cvsearch.indexer.model.Person;
import dev.cvsearch.indexer.model.Work;
import java.util.ArrayList;
import java.util.List;

/** Keeps everything a reader emits, for assertions. */
public final class CollectingSink implements RecordSink {
  public final List<Person> people = new ArrayList<>();
  public final List<Work> works = new ArrayList<>();
  public final List<Skipped> skipped = new ArrayList<>();

  @Override
  public void person(Person person) {
    people.add(person);
  }

  @Override
  public void work(Work work) {
    works.add(work);
  }

  @Override
  public void skipped(Skipped s) {
    skipped.add(s);
  }

  /** The work whose source carries this local id. */
  public Work work(String localId) {
    return works.stream()
        .filter(w -> localId.equals(w.sources().get(0).localId()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no work " + localId + " in " + works));
  }

  public List<Integer> skippedLines() {
    return skipped.stream().map(Skipped::line).toList();
  }
}
