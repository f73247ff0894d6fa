package dev.cvsearch.indexer.venue;

import dev.cvsearch.indexer.model.Venue;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns printed venue text into a normalised {@link Venue} through the venue dictionary (CORE
 * lists, ACL Anthology venues, curated display names). Immutable apart from its result cache, and
 * thread-safe.
 */
public final class VenueNormalizer {
  // A reindex calls normalize() ~150k times over a few thousand distinct strings; past this many
  // entries the cache is dropped and refilled rather than growing without bound.
  private static final int CACHE_LIMIT = 50_000;
  private static final VenueNormalizer STANDARD = new VenueNormalizer(VenueDictionary.load());

  private final VenueResolver resolver;
  private final MentionFinder mentions;
  private final Map<String, Optional<Venue>> cache = new ConcurrentHashMap<>();

  private VenueNormalizer(VenueDictionary dictionary) {
    this.resolver = new VenueResolver(dictionary);
    this.mentions = new MentionFinder(resolver);
  }

  /** The normaliser over the dictionary shipped in the jar. */
  public static VenueNormalizer standard() {
    return STANDARD;
  }

  /**
   * The venue the text names, or empty when the text names none (blank, "in submission", "under
   * review", a patent number). A venue missing from the dictionary keeps a cleaned name.
   */
  public Optional<Venue> normalize(String printed) {
    if (printed == null || printed.isBlank()) {
      return Optional.empty();
    }
    Optional<Venue> cached = cache.get(printed);
    if (cached != null) {
      return cached;
    }
    Optional<Venue> venue = resolver.resolve(printed);
    if (cache.size() >= CACHE_LIMIT) {
      cache.clear();
    }
    cache.put(printed, venue);
    return venue;
  }

  /**
   * The dictionary venue named in free text ("Accepted to ICCV 2025", "CVPR2026", "To appear in
   * NeurIPS 2024 Workshop on ..."). The acronym must be a whole token next to a year or after an
   * acceptance cue; "submitted to" and "under review at" do not count.
   */
  public Optional<VenueMention> findMention(String freeText) {
    return mentions.find(freeText);
  }

  /** Whether the venue came from the dictionary rather than from a cleaned unknown name. */
  boolean isKnown(Venue venue) {
    return resolver.dictionary().byId(venue.id()).isPresent()
        || venue.id().endsWith("-findings")
        || venue.id().endsWith("-workshop")
            && resolver.dictionary().byId(venue.id().replaceFirst("-workshop$", "")).isPresent();
  }
}
