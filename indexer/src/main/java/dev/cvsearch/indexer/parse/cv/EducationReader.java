package dev.cvsearch.indexer.parse.cv;

import dev.cvsearch.indexer.model.Education;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads degrees from an education section. Lines carry one fact each in any order (degree,
 * institution, place, dates); an entry ends when a fact it already has comes again.
 */
final class EducationReader {
  private static final Pattern DEGREE =
      Pattern.compile(
          "(?i)\\b(Ph\\.?\\s?D\\.?(?: candidate)?|Doctor of [A-Z][a-z]+|D\\.Phil\\.?|M\\.?\\s?S\\.?c?\\.?(?=[ ,]|$)"
              + "|M\\.?Eng\\.?|M\\.?Phil\\.?|MBA|M\\.?A\\.(?=[ ,])|B\\.?\\s?S\\.?c?\\.?(?=[ ,]|$)|B\\.?Eng\\.?|B\\.?A\\.(?=[ ,])"
              + "|B\\.?Tech\\.?|M\\.?Tech\\.?|(?:Bachelor|Master)(?:'s)?(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?)?)");
  private static final Pattern FIELD =
      Pattern.compile("(?i)^[,\\s]*(?:(?:in|of)\\s+)?([A-Z][^()\\[\\]]+?)(?:\\s*[(\\[].*)?$");
  private static final Pattern INSTITUTION =
      Pattern.compile("(?i)\\b(?:university|universit[éä]t|institute|college|school|academy|polytechnic|ETH|EPFL|MIT)\\b");
  private static final Pattern THESIS = Pattern.compile("(?i)^(?:dissertation|thesis)\\s*:\\s*\"?(.+?)\"?$");

  private EducationReader() {}

  static List<Education> read(List<String> lines) {
    List<Education> out = new ArrayList<>();
    Draft d = new Draft();
    for (String raw : lines) {
      boolean bullet = raw.strip().startsWith("-") || raw.strip().startsWith("•");
      String line = clean(raw);
      if (line.isEmpty() || line.startsWith("Committee") || line.startsWith("GPA")) {
        continue;
      }
      Matcher thesis = THESIS.matcher(line);
      CvDates.Period period = CvDates.period(line);
      Matcher degree = DEGREE.matcher(line);
      if (thesis.find()) {
        d.thesis = thesis.group(1).replaceAll("[\\[\\]\"“”]|\\(#\\)", "").strip();
      } else if (period != null) {
        if (d.dateRaw != null) {
          d = flush(out, d);
        }
        d.dateRaw = period.raw();
        d.yearEnd = CvDates.year(period.end());
      } else if (degree.find() && degree.start() < 5) {
        if (d.degree != null) {
          d = flush(out, d);
        }
        String deg = degree.group(1).strip().replaceAll(",$", "");
        int end = degree.end();
        Matcher dangling = Pattern.compile("(?i)\\s+(?:in|of)$").matcher(deg);
        if (dangling.find()) {
          end -= deg.length() - dangling.start();
          deg = deg.substring(0, dangling.start());
        }
        d.degree = deg;
        Matcher f = FIELD.matcher(line.substring(end));
        if (f.find()) {
          d.field = f.group(1).strip();
        }
      } else if (!(bullet && line.matches(".*\\d.*")) && INSTITUTION.matcher(line).find()) {
        if (d.institution != null) {
          d = flush(out, d);
        }
        String[] parts = line.split("\\s*,\\s*", 2);
        boolean fieldFirst = parts.length == 2 && !INSTITUTION.matcher(parts[0]).find();
        d.institution = (fieldFirst ? parts[1] : parts[0]).replaceAll("\\s*\\(.*\\)\\s*$", "");
        if (fieldFirst && d.field == null) {
          d.field = parts[0];
        } else if (!fieldFirst && parts.length == 2) {
          d.location = parts[1];
        }
      } else if (d.institution != null && d.location == null && line.matches("[A-Z][\\w .'-]+, [A-Z][\\w .]+")) {
        d.location = line;
      }
    }
    flush(out, d);
    return out;
  }

  private static String clean(String raw) {
    return raw.replaceAll("[*_#]+", "").replaceAll("^\\s*[-•]\\s*", "").strip();
  }

  private static Draft flush(List<Education> out, Draft d) {
    if (d.institution != null) {
      out.add(new Education(d.degree, d.field, d.institution, d.location, d.yearEnd, d.dateRaw, d.thesis));
    }
    return new Draft();
  }

  private static final class Draft {
    String degree;
    String field;
    String institution;
    String location;
    Integer yearEnd;
    String dateRaw;
    String thesis;
  }
}
