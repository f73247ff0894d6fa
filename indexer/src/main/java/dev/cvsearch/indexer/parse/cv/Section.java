package dev.cvsearch.indexer.parse.cv;

import java.util.List;

/**
 * A run of CV lines under one heading.
 *
 * @param kind what the heading announces
 * @param heading the heading as printed (cleaned of markup), or null for the lines before the first
 * @param lines the lines under it, markup kept, blank lines kept
 * @param firstLine 1-based line number of the first line in the file
 */
record Section(SectionKind kind, String heading, List<String> lines, int firstLine) {

  /** What a CV heading announces; publication kinds carry the type they imply. */
  enum SectionKind {
    HEADER,
    EMPLOYMENT,
    EDUCATION,
    INTERESTS,
    PUBLICATIONS,
    CONFERENCE_PAPERS,
    JOURNAL_PAPERS,
    WORKSHOP_PAPERS,
    PREPRINTS,
    PATENTS,
    OTHER;

    boolean isPublications() {
      return switch (this) {
        case PUBLICATIONS, CONFERENCE_PAPERS, JOURNAL_PAPERS, WORKSHOP_PAPERS, PREPRINTS, PATENTS ->
            true;
        default -> false;
      };
    }
  }
}
