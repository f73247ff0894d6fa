package dev.cvsearch.indexer.parse;

import dev.cvsearch.indexer.model.Person;
import dev.cvsearch.indexer.model.Work;

/**
 * Receives what a reader extracts, record by record, so large files (71k BibTeX entries) stream instead
 * of piling up in the reader.
 */
public interface RecordSink {
  void person(Person person);

  void work(Work work);

  /** A part of the file that could not be used (a broken JSONL line, an entry with no title). */
  void skipped(Skipped skipped);
}
