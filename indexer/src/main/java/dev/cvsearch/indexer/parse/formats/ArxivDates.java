package dev.cvsearch.indexer.parse.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date of an arXiv record: the first version's submission time, else the listing's update date,
 * else the year-month an identifier encodes ("2503.11731" → 2025).
 */
final class ArxivDates {
  /** An ISO date (or null) and its year (or null). */
  record Dated(String date, Integer year) {}

  private static final Pattern NEW_ID = Pattern.compile("^(\\d{2})(\\d{2})\\.\\d{4,5}");
  private static final Pattern OLD_ID = Pattern.compile("/(\\d{2})(\\d{2})\\d{3}");

  private ArxivDates() {}

  static Dated of(JsonNode record, String id) {
    LocalDate date = firstVersion(record.get("versions"));
    if (date == null) {
      date = isoDate(JsonLines.text(record, "update_date"));
    }
    if (date != null) {
      return new Dated(date.toString(), date.getYear());
    }
    return new Dated(null, idYear(id));
  }

  private static LocalDate firstVersion(JsonNode versions) {
    if (versions == null || !versions.isArray() || versions.isEmpty()) {
      return null;
    }
    String created = JsonLines.text(versions.get(0), "created");
    if (created == null) {
      return null;
    }
    try {
      return ZonedDateTime.parse(created, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeParseException e) {
      return null; // an odd timestamp: fall back to the update date
    }
  }

  private static LocalDate isoDate(String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null; // fall back to the year in the id
    }
  }

  /** The year an arXiv id encodes: YYMM.NNNNN since 2007, archive/YYMMNNN before. */
  static Integer idYear(String id) {
    Matcher m = NEW_ID.matcher(id);
    if (!m.find()) {
      m = OLD_ID.matcher(id);
      if (!m.find()) {
        return null;
      }
    }
    int yy = Integer.parseInt(m.group(1));
    int mm = Integer.parseInt(m.group(2));
    if (mm < 1 || mm > 12) {
      return null;
    }
    return yy >= 91 ? 1900 + yy : 2000 + yy;
  }
}
