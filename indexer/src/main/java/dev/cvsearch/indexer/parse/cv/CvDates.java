package dev.cvsearch.indexer.parse.cv;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads CV date expressions: "Apr. 2021 – Now", "Summer 2020", "2022.9-2026.8 (expected)". */
final class CvDates {
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
          Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
          Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  private static final String POINT =
      "(?:(?:[A-Za-z]{3,9}\\.?\\s+)?(?:19|20)\\d\\d(?:\\.\\d{1,2})?|now|present|current|today)";
  private static final Pattern RANGE =
      Pattern.compile("(?i)(" + POINT + ")\\s*(?:[–—-]|to)\\s*(" + POINT + ")");
  private static final Pattern SINGLE = Pattern.compile("(?i)^\\s*(" + POINT + ")\\s*(?:\\(.*\\))?\\s*$");
  private static final Pattern PARTS =
      Pattern.compile("(?i)(?:([A-Za-z]{3,9})\\.?\\s+)?((?:19|20)\\d\\d)(?:\\.(\\d{1,2}))?");

  /** A start and end, each "yyyy", "yyyy-MM", "present" or null. */
  record Period(String start, String end, String raw) {}

  private CvDates() {}

  /** The period on the line when the line is mostly a date, else null. */
  static Period period(String line) {
    String t = line.strip();
    Matcher r = RANGE.matcher(t);
    if (r.find() && t.length() - (r.end() - r.start()) < 25) {
      return new Period(point(r.group(1)), point(r.group(2)), t);
    }
    Matcher s = SINGLE.matcher(t);
    if (s.matches()) {
      String p = point(s.group(1));
      return new Period(p, p, t);
    }
    return null;
  }

  static String point(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("now") || t.equals("present") || t.equals("current") || t.equals("today")) {
      return "present";
    }
    Matcher m = PARTS.matcher(t);
    if (!m.find()) {
      return null;
    }
    Integer month = null;
    if (m.group(3) != null) {
      month = Integer.valueOf(m.group(3));
    } else if (m.group(1) != null) {
      month = MONTHS.get(m.group(1).substring(0, 3));
    }
    return month == null || month < 1 || month > 12
        ? m.group(2)
        : String.format(Locale.ROOT, "%s-%02d", m.group(2), month);
  }

  static Integer year(String point) {
    return point == null || point.equals("present") ? null : Integer.valueOf(point.substring(0, 4));
  }
}
