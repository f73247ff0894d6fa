package dev.cvsearch.indexer.topic;

import java.util.Optional;

/** The arXiv category taxonomy. PLACEHOLDER: the real implementation replaces this class. */
public final class ArxivTaxonomy {
  private static final ArxivTaxonomy STANDARD = new ArxivTaxonomy();

  public static ArxivTaxonomy standard() {
    return STANDARD;
  }

  /** The full id for a category id or a profile page's short code ("AS" → "eess.AS"). */
  public Optional<String> resolve(String code) {
    return Optional.ofNullable(code);
  }

  /** The official name of a category id ("eess.AS" → "Audio and Speech Processing"). */
  public Optional<String> name(String id) {
    return Optional.empty();
  }
}
