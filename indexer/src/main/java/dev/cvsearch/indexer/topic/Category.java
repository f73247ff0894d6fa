package dev.cvsearch.indexer.topic;

import java.util.Objects;

/**
 * One canonical arXiv category.
 *
 * @param id the arXiv id ("eess.AS", "hep-th")
 * @param name the official name ("Audio and Speech Processing")
 * @param archive the archive the category belongs to ("eess", "hep-th")
 * @param group the subject group of the archive ("Electrical Engineering and Systems Science")
 */
public record Category(String id, String name, String archive, String group) {
  public Category {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(archive, "archive");
    Objects.requireNonNull(group, "group");
  }

  /** The part of the id after the dot ("AS" for eess.AS), or null for a single-category archive. */
  public String subject() {
    int dot = id.indexOf('.');
    return dot < 0 ? null : id.substring(dot + 1);
  }
}
