/**
 * Readers, one class per input format, that turn a file into {@code Person} and {@code Work} records
 * with a single source each. {@link dev.cvsearch.indexer.parse.Parsers} picks the reader by extension
 * and content; {@link dev.cvsearch.indexer.parse.Extractor} walks files, reports what it had to skip,
 * and hands the records to the merger.
 */
package dev.cvsearch.indexer.parse;
