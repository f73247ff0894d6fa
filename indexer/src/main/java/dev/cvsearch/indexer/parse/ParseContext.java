package dev.cvsearch.indexer.parse;

import dev.cvsearch.indexer.topic.ArxivTaxonomy;
import dev.cvsearch.indexer.venue.VenueNormalizer;

/** What readers share: the venue dictionary and the arXiv taxonomy, both immutable and thread-safe. */
public record ParseContext(VenueNormalizer venues, ArxivTaxonomy topics) {

  /** The context with the dictionaries shipped in the jar. */
  public static ParseContext standard() {
    return new ParseContext(VenueNormalizer.standard(), ArxivTaxonomy.standard());
  }
}
