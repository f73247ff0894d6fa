package dev.cvsearch.indexer.parse.profile;

import dev.cvsearch.indexer.topic.ArxivTaxonomy;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line that opens a paper on a profile page: an arXiv code glued to the date ("ASJun 30,
 * 2022").
 *
 * @param line where it was printed
 * @param code the code as printed ("AS")
 * @param topic the resolved category id ("eess.AS"), or null when the code is unknown
 * @param date the ISO date, or null when the printed day does not exist
 * @param year the printed year
 */
record EntryHeader(ProfileLine line, String code, String topic, String date, int year) {
  private static final List<String> MONTHS =
      List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
  private static final String DATE =
      "(?<month>" + String.join("|", MONTHS) + ")\\s+(?<day>\\d{1,2}),\\s*(?<year>\\d{4})";

  /** The shape profile pages print: two capitals glued to "Mon d, yyyy". */
  static final Pattern GLUED = Pattern.compile("^(?<code>[A-Z]{2})" + DATE + "$");

  /**
   * Looser shapes that only count when the code is a known category: a space after the code ("AS
   * Jun 30, 2022") or a full id ("eess.ASJun 30, 2022", "hep-thJun 30, 2022").
   */
  private static final Pattern LOOSE =
      Pattern.compile(
          "^(?<code>[A-Z]{2}|[a-z]+(?:-[a-z]+)?(?:\\.[A-Za-z]+(?:-[A-Za-z]+)?)?)\\s?" + DATE + "$");

  /**
   * The header a line prints, if any. A glued two-capital code counts even when the taxonomy does
   * not know it (the paper is kept without a topic); a looser shape needs a known code, so that a
   * stray "updated Mar 3, 2020" line is not taken for a paper.
   */
  static Optional<EntryHeader> match(ProfileLine line, ArxivTaxonomy topics) {
    Matcher m = GLUED.matcher(line.text());
    boolean glued = m.matches();
    if (!glued) {
      m = LOOSE.matcher(line.text());
      if (!m.matches()) {
        return Optional.empty();
      }
    }
    String code = m.group("code");
    String topic = topics.resolve(code).orElse(null);
    if (topic == null && !glued) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group("year"));
    int month = MONTHS.indexOf(m.group("month")) + 1;
    String date;
    try {
      date = LocalDate.of(year, month, Integer.parseInt(m.group("day"))).toString();
    } catch (DateTimeException e) {
      // "Feb 30": the year is still right, the day is not worth guessing.
      date = null;
    }
    return Optional.of(new EntryHeader(line, code, topic, date, year));
  }
}
