package dev.cvsearch.indexer.parse.cv;

import dev.cvsearch.indexer.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads positions from an employment section: a job title, an employer, a period and a place, in any
 * order; a position ends when its title comes again or a new employer starts after a complete one.
 */
final class PositionReader {
  private static final Pattern TITLE =
      Pattern.compile(
          "(?i)\\b(?:scientist|engineer|intern|assistant|researcher|professor|lecturer|postdoc\\w*"
              + "|fellow|programmer|manager|developer|instructor|director|consultant|analyst|head"
              + "|lead|founder|architect|student)\\b");
  private static final Pattern ORG =
      Pattern.compile(
          "(?i)\\b(?:inc\\.?|corporation|corp\\.?|llc|ltd\\.?|gmbh|university|lab|laboratory|institute"
              + "|systems|technologies|research|labs|group|company|college|school|center|centre)\\b");
  private static final Pattern PLACE =
      Pattern.compile("^[A-Z][\\p{L} .'-]{1,30}, (?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)$");
  private static final Pattern TRAILING_PERIOD = Pattern.compile("^(.*?)(?:\\t|\\s{2,})\\s*(\\S.*)$");
  private static final Pattern AT = Pattern.compile("\\s+(?:@|at)\\s+");

  private PositionReader() {}

  static List<Position> read(List<String> lines, String heading) {
    String kind = kindOf(heading);
    List<Position> out = new ArrayList<>();
    Draft d = new Draft();
    for (String raw : expand(lines)) {
      boolean bullet = raw.strip().startsWith("-") || raw.strip().startsWith("•");
      String line = raw.replaceAll("[*_#]+", "").replaceAll("^\\s*[-•]\\s*", "").strip();
      if (line.isEmpty() || line.length() > 120) {
        continue;
      }
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.equals("full-time") || lower.equals("internship") || lower.contains("part-time")) {
        kind = lower.equals("internship") ? "internship" : lower.replace(' ', '-');
        continue;
      }
      int words = AT.split(line, 2)[0].split("\\s+").length;
      CvDates.Period period = CvDates.period(line);
      if (period != null) {
        if (d.period != null && (d.title != null || d.organization != null)) {
          d = flush(out, d, kind);
        }
        d.period = period;
      } else if (TITLE.matcher(line).find() && words <= 8 && !(bullet && words > 6)) {
        if (d.title != null) {
          // A bulleted role under one employer block shares the block's employer and dates.
          Draft next = new Draft();
          if (bullet) {
            next.organization = d.organization;
            next.period = d.period;
          }
          flush(out, d, kind);
          d = next;
        }
        String[] parts = AT.split(line, 2);
        String[] titleOrg = parts[0].split("\\s*,\\s*", 2);
        if (titleOrg.length == 2 && ORG.matcher(titleOrg[0]).find() && !TITLE.matcher(titleOrg[0]).find()) {
          d.organization = titleOrg[0];
          d.title = titleOrg[1];
        } else {
          d.title = parts[0].strip();
        }
        if (parts.length == 2) {
          d.team = parts[1].strip();
        }
      } else if (PLACE.matcher(line).matches() && !ORG.matcher(line).find() && d.location == null) {
        d.location = line;
      } else if (ORG.matcher(line).find() && words <= 8 && !(bullet && words > 6)) {
        String[] parts = line.split("\\s*,\\s*(?=[A-Z][\\p{L} .]+, [A-Z]{2}$)", 2);
        if (d.organization != null && d.title != null && !bullet) {
          d = flush(out, d, kind);
        }
        if (bullet && d.organization != null) {
          d.team = parts[0];
        } else if (d.organization == null) {
          d.organization = parts[0];
        }
        if (parts.length == 2 && d.location == null) {
          d.location = parts[1];
        }
      }
    }
    flush(out, d, kind);
    return out;
  }

  /** "Noah's Ark Lab, Huawei, Programmer\t2024.10-2024.12": the period goes on its own line. */
  private static java.util.List<String> expand(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      Matcher m = TRAILING_PERIOD.matcher(l.strip());
      if (m.matches() && CvDates.period(m.group(2)) != null && !m.group(1).isBlank()) {
        out.add(m.group(1));
        out.add(m.group(2));
      } else {
        out.add(l);
      }
    }
    return out;
  }

  private static String kindOf(String heading) {
    String h = heading == null ? "" : heading.toLowerCase(Locale.ROOT);
    if (h.contains("intern")) {
      return "internship";
    }
    return h.contains("research") ? "research" : null;
  }

  private static Draft flush(List<Position> out, Draft d, String kind) {
    if (d.title != null || d.organization != null) {
      CvDates.Period p = d.period;
      out.add(new Position(d.title, d.organization, d.team, p == null ? null : p.start(),
          p == null ? null : p.end(), p == null ? null : p.raw(), d.location, kind));
    }
    return new Draft();
  }

  private static final class Draft {
    String title;
    String organization;
    String team;
    String location;
    CvDates.Period period;
  }
}
