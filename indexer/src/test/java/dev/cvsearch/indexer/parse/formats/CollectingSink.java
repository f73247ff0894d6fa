package dev.cvsearch.indexer.parse.formats;

import dev.cvsearch.indexer.model.Person;
import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.parse.RecordSink;
import dev.cvsearch.indexer.parse.Skipped;
import java.util.ArrayList;
import java.util.List;

/** Keeps everything a reader emits, for assertions. */
final class CollectingSink implements RecordSink {
  final List<Person> people = new ArrayList<>();
  final List<Work> works = new ArrayList<>();
  final List<Skipped> skipped = new ArrayList<>();

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

  Work work(String localId) {
    return works.stream()
        .filter(w -> localId.equals(w.sources().get(0).localId()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no work " + localId + " in " + works));
  }

  List<Integer> skippedLines() {
    return skipped.stream().map(Skipped::line).toList();
  }
}
