/**
 * Readers for structured bibliographic formats: BibTeX, arXiv metadata JSONL, BEIR corpora and JSON
 * Resume. Each streams records into a {@link dev.cvsearch.indexer.parse.RecordSink} and reports a
 * broken entry or line with its line number instead of failing the whole file.
 */
package dev.cvsearch.indexer.parse.formats;
