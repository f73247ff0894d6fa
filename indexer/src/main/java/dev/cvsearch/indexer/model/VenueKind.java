package dev.cvsearch.indexer.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kind of a venue, as the venue dictionary records it. */
public enum VenueKind {
  CONFERENCE,
  JOURNAL,
  WORKSHOP,
  PREPRINT_SERVER,
  PATENT_OFFICE,
  OTHER;

  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
