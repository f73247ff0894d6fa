package dev.cvsearch.indexer.parse.cv;

import dev.cvsearch.indexer.model.Education;
import dev.cvsearch.indexer.model.Person;
import dev.cvsearch.indexer.model.Position;
import dev.cvsearch.indexer.names.PersonNames;
import dev.cvsearch.indexer.parse.cv.Section.SectionKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the person in a CV: name, contacts, interests, education and positions. */
final class CvPersonReader {
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>()\\[\\]|,]+");
  private static final Pattern PHONE = Pattern.compile("\\(?\\+?\\d[\\d ()-]{7,}\\d");
  private static final Pattern INTERESTS_INLINE =
      Pattern.compile("(?i)research interests?\\s*[:：]\\s*(.+)$");
  private static final Pattern NOT_A_NAME_LINE =
      Pattern.compile("(?i)curriculum vitae|^cv$|^resume$|^résumé$|@|https?://|\\d{3}");

  private CvPersonReader() {}

  static Person read(List<Section> sections, String file, String text) {
    String name = null;
    List<String> header = sections.get(0).lines();
    int tried = 0;
    for (String line : header.subList(0, Math.min(header.size(), 25))) {
      if (line.isBlank() || tried >= 6) {
        continue;
      }
      tried++;
      name = nameIn(line);
      if (name != null) {
        break;
      }
    }
    String headerText = String.join("\n", header);
    boolean contact = EMAIL.matcher(headerText).find() || URL.matcher(headerText).find();
    if (name == null || !contact && shouted(header, name)) {
      // Anonymised résumés open with a job title in capitals ("ARCHITECTURAL DESIGNER") and carry
      // no contact details; a real CV in capitals ("KAI ZHEN") has an e-mail or a homepage.
      return null;
    }
    List<String> emails = new ArrayList<>(new LinkedHashSet<>(all(EMAIL, headerText)));
    if (emails.isEmpty()) {
      emails.addAll(new LinkedHashSet<>(all(EMAIL, text.substring(0, Math.min(text.length(), 3000)))));
    }
    String homepage =
        all(URL, headerText).stream().filter(u -> !u.contains("@")).findFirst().orElse(null);
    List<String> interests = interests(sections);
    List<Education> education = new ArrayList<>();
    List<Position> positions = new ArrayList<>();
    for (Section s : sections) {
      if (s.kind() == SectionKind.EDUCATION) {
        education.addAll(EducationReader.read(s.lines()));
      } else if (s.kind() == SectionKind.EMPLOYMENT) {
        positions.addAll(PositionReader.read(s.lines(), s.heading()));
      }
    }
    Position current =
        positions.stream().filter(p -> "present".equals(p.end())).findFirst().orElse(null);
    return new Person(
        null,
        name,
        List.of(),
        emails,
        homepage,
        current == null ? null : current.title(),
        current == null ? null : current.organization(),
        current == null ? null : current.location(),
        positions,
        education,
        interests,
        null,
        List.of(file),
        searchableText(text));
  }

  private static final Pattern NAME_CUT =
      Pattern.compile(
          "\\s{2,}|\\t|\\s[|•·—–]\\s|\\s[|•·]|,\\s*(?:Ph\\.?\\s?D|M\\.?D|M\\.?Sc?|MBA)\\b.*|\\s*[(（].*"
              + "|\\s+(?i:e-?mail|tel|phone|mobile|cv|curriculum|resume)\\b.*"
              + "|\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b.*"
              + "|\\s+\\S+@\\S+.*|\\s+https?://.*");
  private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

  /**
   * The person's name on a header line, or null: the line's leading name-like part, with trailing
   * contact details, dates, degrees and a native-script name in parentheses cut off. PDF text often
   * loses the space in a large-font name ("JunchengYang"), so a single camel-case word is split.
   */
  static String nameIn(String line) {
    String candidate = CvSections.clean(line);
    if (candidate.isEmpty() || candidate.contains("{") || candidate.contains("%")
        || CvSections.classify(candidate) != null) {
      return null;
    }
    candidate = NAME_CUT.split(candidate, 2)[0].strip().replaceAll("[,;:]+$", "");
    if (!candidate.contains(" ") && candidate.length() > 3) {
      candidate = String.join(" ", CAMEL.split(candidate));
    }
    if (NOT_A_NAME_LINE.matcher(candidate).find() || !PersonNames.looksLikeName(candidate)) {
      return null;
    }
    return PersonNames.display(candidate);
  }

  private static boolean shouted(List<String> header, String name) {
    for (String line : header) {
      if (!line.isBlank()) {
        String t = CvSections.clean(line);
        return t.equals(t.toUpperCase(java.util.Locale.ROOT)) && !t.equals(name);
      }
    }
    return false;
  }

  private static List<String> interests(List<Section> sections) {
    Set<String> out = new LinkedHashSet<>();
    for (Section s : sections) {
      for (String line : s.lines()) {
        Matcher m = INTERESTS_INLINE.matcher(line);
        if (m.find()) {
          out.addAll(splitInterests(m.group(1)));
        }
      }
      if (s.kind() == SectionKind.INTERESTS) {
        out.addAll(splitInterests(String.join(", ", CvParser.nonBlank(s.lines()))));
      }
    }
    return List.copyOf(out);
  }

  private static List<String> splitInterests(String text) {
    List<String> out = new ArrayList<>();
    for (String part : text.split("\\s*(?:[;,•]|\\band\\b)\\s*")) {
      String p = part.replaceAll("(?i)^(?:-|especially(?: in)?|including|such as|e\\.g\\.)\\s*", "")
          .replaceAll("[.*]+$", "").strip();
      if (p.length() > 2 && p.length() < 80) {
        out.add(p);
      }
    }
    return out;
  }

  /** The CV text for full-text search, without contact lines (phones, e-mails). */
  private static String searchableText(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (String line : text.split("\n")) {
      if (EMAIL.matcher(line).find() || PHONE.matcher(line).find() && line.length() < 120) {
        continue;
      }
      sb.append(line.strip()).append('\n');
    }
    return sb.toString().strip();
  }

  private static List<String> all(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.group().replaceAll("[.>]+$", ""));
    }
    return out;
  }
}
