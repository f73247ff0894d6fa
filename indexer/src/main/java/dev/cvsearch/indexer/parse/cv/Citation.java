package dev.cvsearch.indexer.parse.cv;

import java.util.List;

/**
 * The parts of one CV item.
 *
 * @param localId the id the CV printed ("C012"), or null
 * @param title the title as printed
 * @param authors author names
 * @param authorsComplete false when cut with "et al." or not printed
 * @param venueName the most precise venue text (an italic span or a bracket), or null
 * @param venueRaw everything printed after the title, cleaned of markup, or null
 * @param year year printed with the venue, or null
 * @param patentNumber a patent or application number, or null
 * @param inSubmission true for "[in submission]", "under review" and the like
 */
record Citation(
    String localId,
    String title,
    List<String> authors,
    boolean authorsComplete,
    String venueName,
    String venueRaw,
    Integer year,
    String patentNumber,
    boolean inSubmission) {}
