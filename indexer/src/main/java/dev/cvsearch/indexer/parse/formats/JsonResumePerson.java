package dev.cvsearch.indexer.parse.formats;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cvsearch.indexer.model.Education;
import dev.cvsearch.indexer.model.Person;
import dev.cvsearch.indexer.model.Position;
import dev.cvsearch.indexer.parse.SourceFile;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/** Builds the {@code Person} of a JSON Resume and the plain text it is searched by. */
final class JsonResumePerson {
  private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}.*");
  private static final Pattern YEAR = Pattern.compile("\\d{4}.*");

  private JsonResumePerson() {}

  static Person toPerson(JsonNode root, String name, SourceFile file) {
    JsonNode basics = root.path("basics");
    List<Position> positions = new ArrayList<>();
    String currentTitle = null;
    String currentOrg = null;
    boolean haveCurrent = false;
    for (JsonNode job : root.path("work")) {
      String org = organization(job);
      String title = PlainText.collapse(JsonLines.text(job, "position"));
      String start = JsonLines.text(job, "startDate");
      String end = JsonLines.text(job, "endDate");
      if (org == null && title == null) {
        continue;
      }
      positions.add(
          new Position(
              title,
              org,
              null,
              yearMonth(start),
              end != null ? yearMonth(end) : start != null ? "present" : null,
              period(start, end),
              PlainText.collapse(JsonLines.text(job, "location")),
              null));
      if (!haveCurrent && end == null) {
        haveCurrent = true;
        currentTitle = title;
        currentOrg = org;
      }
    }
    List<Education> education = new ArrayList<>();
    for (JsonNode school : root.path("education")) {
      String institution = PlainText.collapse(JsonLines.text(school, "institution"));
      if (institution == null) {
        continue;
      }
      String start = JsonLines.text(school, "startDate");
      String end = JsonLines.text(school, "endDate");
      education.add(
          new Education(
              PlainText.collapse(JsonLines.text(school, "studyType")),
              PlainText.collapse(JsonLines.text(school, "area")),
              institution,
              null,
              PlainText.firstYear(end),
              period(start, end),
              null));
    }
    Set<String> interests = new LinkedHashSet<>();
    for (JsonNode interest : root.path("interests")) {
      add(interests, JsonLines.text(interest, "name"));
      for (JsonNode keyword : interest.path("keywords")) {
        add(interests, keyword.isValueNode() ? keyword.asText() : null);
      }
    }
    List<String> emails = new ArrayList<>();
    add(emails, JsonLines.text(basics, "email"));
    String homepage = JsonLines.text(basics, "url");
    return new Person(
        null,
        name,
        List.of(),
        emails,
        homepage != null ? homepage : JsonLines.text(basics, "website"),
        currentTitle,
        currentOrg,
        location(basics.path("location")),
        positions,
        education,
        List.copyOf(interests),
        null,
        List.of(file.name()),
        text(root));
  }

  /** "name" in the current schema, "company" in the older one. */
  private static String organization(JsonNode job) {
    String name = JsonLines.text(job, "name");
    return PlainText.collapse(name != null ? name : JsonLines.text(job, "company"));
  }

  private static String location(JsonNode location) {
    if (!location.isObject()) {
      return null;
    }
    StringJoiner parts = new StringJoiner(", ");
    for (String field : List.of("city", "region", "countryCode")) {
      String v = PlainText.collapse(JsonLines.text(location, field));
      if (v != null) {
        parts.add(v);
      }
    }
    return parts.length() == 0 ? null : parts.toString();
  }

  /**
   * A readable plain-text rendering of what the person says about their work, for full-text search;
   * contact details are left out on purpose.
   */
  static String text(JsonNode root) {
    JsonNode basics = root.path("basics");
    StringBuilder out = new StringBuilder();
    line(out, JsonLines.text(basics, "label"));
    line(out, JsonLines.text(basics, "summary"));
    for (JsonNode job : root.path("work")) {
      String title = JsonLines.text(job, "position");
      String org = organization(job);
      String head = title == null ? org : org == null ? title : title + ", " + org;
      String period = period(JsonLines.text(job, "startDate"), JsonLines.text(job, "endDate"));
      line(out, head == null || period == null ? head : head + " (" + period + ")");
      line(out, JsonLines.text(job, "summary"));
      bullets(out, job.path("highlights"));
    }
    for (JsonNode school : root.path("education")) {
      StringJoiner parts = new StringJoiner(", ");
      for (String field : List.of("studyType", "area", "institution")) {
        String v = JsonLines.text(school, field);
        if (v != null) {
          parts.add(v);
        }
      }
      line(out, parts.length() == 0 ? null : parts.toString());
    }
    for (String section : List.of("interests", "skills")) {
      for (JsonNode item : root.path(section)) {
        StringJoiner words = new StringJoiner(", ");
        for (JsonNode keyword : item.path("keywords")) {
          if (keyword.isValueNode() && !keyword.asText().isBlank()) {
            words.add(keyword.asText().strip());
          }
        }
        String itemName = JsonLines.text(item, "name");
        line(out, words.length() == 0 ? itemName : itemName + ": " + words);
      }
    }
    String text = out.toString().strip();
    return text.isEmpty() ? null : text;
  }

  private static void bullets(StringBuilder out, JsonNode highlights) {
    for (JsonNode h : highlights) {
      if (h.isValueNode()) {
        String text = PlainText.collapse(h.asText());
        if (text != null) {
          out.append("• ").append(text).append('\n');
        }
      }
    }
  }

  private static void line(StringBuilder out, String text) {
    String t = PlainText.collapse(text);
    if (t != null) {
      out.append(t).append('\n');
    }
  }

  private static <C extends java.util.Collection<String>> void add(C to, String value) {
    String v = PlainText.collapse(value);
    if (v != null && !to.contains(v)) {
      to.add(v);
    }
  }

  /** "2019-05-01" → "2019-05", "2019" → "2019"; anything else null. */
  static String yearMonth(String date) {
    if (date == null) {
      return null;
    }
    if (YEAR_MONTH.matcher(date).matches()) {
      return date.substring(0, 7);
    }
    return YEAR.matcher(date).matches() ? date.substring(0, 4) : null;
  }

  /** The date as ISO yyyy-MM-dd when it is a full valid date, else null. */
  static String isoDate(String date) {
    if (date == null || date.length() != 10) {
      return null;
    }
    try {
      return LocalDate.parse(date).toString();
    } catch (DateTimeParseException e) {
      return null; // a partial or odd date keeps only its year
    }
  }

  private static String period(String start, String end) {
    if (start == null && end == null) {
      return null;
    }
    return (start == null ? "?" : start) + " – " + (end == null ? "present" : end);
  }
}
