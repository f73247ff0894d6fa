package dev.cvsearch.indexer.parse.profile;

import dev.cvsearch.indexer.model.Person;
import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.parse.RecordSink;
import dev.cvsearch.indexer.parse.Skipped;
import java.util.ArrayList;
import java.util.List;

/** Keeps every record a reader emits, in order, for assertions. */
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
  public void skipped(Skipped skip) {
    skipped.add(skip);
  }
}
