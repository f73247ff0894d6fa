package dev.cvsearch.indexer.model;

import java.util.Objects;

/**
 * A normalised venue: a stable id ("emnlp", "emnlp-findings", "ieee-taslp"), the display name users
 * know it by ("EMNLP Findings", "IEEE/ACM TASLP") and its kind.
 */
public record Venue(String id, String name, VenueKind kind) {
  public Venue {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    kind = kind == null ? VenueKind.OTHER : kind;
  }
}
