package dev.cvsearch.indexer.venue;

import dev.cvsearch.indexer.model.Venue;
import java.util.Optional;

/**
 * Turns printed venue text into a normalised {@link Venue}. PLACEHOLDER: the real dictionary-backed
 * implementation replaces this class.
 */
public final class VenueNormalizer {
  private static final VenueNormalizer STANDARD = new VenueNormalizer();

  public static VenueNormalizer standard() {
    return STANDARD;
  }

  /** The venue the text names, or empty when the text names none (blank, "in submission"). */
  public Optional<Venue> normalize(String printed) {
    return Optional.empty();
  }
}
