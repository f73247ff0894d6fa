/**
 * Folds what the readers extracted into the linked records the index holds: one {@code Work} per
 * distinct work with every source attached, one {@code Person} per researcher, and the links between
 * them.
 */
package dev.cvsearch.indexer.merge;
