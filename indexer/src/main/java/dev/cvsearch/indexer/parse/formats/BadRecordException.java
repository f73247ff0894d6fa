package dev.cvsearch.indexer.parse.formats;

/**
 * One record (a JSONL line, a BibTeX entry) cannot be used; the reader reports it as skipped and
 * goes on with the next. Never escapes a reader.
 */
final class BadRecordException extends Exception {
  BadRecordException(String reason) {
    super(reason, null, false, false);
  }
}
