/**
 * Reader for researcher profile pages saved as text: a name, a primary arXiv category, printed
 * counts (h-index, papers, citations, novelty, AI score), then papers, each opened by an arXiv
 * short code glued to a date ("ASJun 30, 2022"), with a title, an author line and an abstract.
 */
package dev.cvsearch.indexer.parse.profile;
