/**
 * The records extraction produces: a {@link dev.cvsearch.indexer.model.Person} (researcher) and a
 * {@link dev.cvsearch.indexer.model.Work} (publication, patent, preprint…), plus their parts. No
 * Lucene here: these are plain immutable values shared by the parsers, the merger, the index and the
 * API.
 */
package dev.cvsearch.indexer.model;
