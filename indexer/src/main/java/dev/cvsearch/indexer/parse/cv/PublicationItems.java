package dev.cvsearch.indexer.parse.cv;

import dev.cvsearch.indexer.names.AuthorLists;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a publication section into items. Two layouts exist in the wild: one item per bullet or
 * number ("- [C012] A, B, "Title," in Venue…", wrapped lines continuing it), and the two- or three-line
 * layout "Title [Venue Year]" / optional date line / author line with no bullets.
 */
final class PublicationItems {
  private static final Pattern BULLET =
      Pattern.compile("^\\s*(?:[-•▪◦●–]\\s+|\\*\\s+|\\d{1,3}[.)]\\s+|\\[[A-Za-z]{0,3}\\d{1,3}\\]\\s*)");
  private static final Pattern FOOTNOTE =
      Pattern.compile(
          "(?i)^\\s*[*†‡]+\\s*(?:co-?first|equal contribution|corresponding|denotes|indicates).*");
  private static final Pattern SUBHEADING = Pattern.compile("^\\s*#{1,6}\\s+(.+)$");
  private static final Pattern DATE_ONLY =
      Pattern.compile("^\\s*(?:(?:19|20)\\d\\d(?:[./-]\\d{1,2})?|\\p{L}{3,9}\\.? (?:19|20)\\d\\d)\\s*$");
  private static final Pattern RULE = Pattern.compile("^\\s*(?:-{3,}|_{3,}|\\*{3,}|={3,})\\s*$");
  private static final Pattern VENUE_LINE =
      Pattern.compile(
          "^(?:\\[.*\\]|\\*.*\\*[.,]?|(?:In|in):? .*|Proceedings .*|[A-Z][A-Za-z/&@*-]{1,20}(?: [A-Z][A-Za-z/&-]*)?"
              + "[ ']+(?:19|20)\\d\\d(?: \\(.*\\))?\\.?|.*\\b(?:Conference|Workshop|Symposium|Journal|Transactions)\\b.*"
              + "(?:19|20)\\d\\d.*)$");
  private static final Pattern STATUS_LABEL =
      Pattern.compile("(?i)^\\s*(?:published|granted|pending|filed|issued|applications?)\\s*:?\\s*$");

  private PublicationItems() {}

  static List<RawItem> split(Section section) {
    List<String> lines = section.lines();
    int bullets = 0;
    int nonBlank = 0;
    for (String l : lines) {
      if (!l.isBlank() && !RULE.matcher(l).matches()) {
        nonBlank++;
        if (BULLET.matcher(l).find() && !FOOTNOTE.matcher(l).matches()) {
          bullets++;
        }
      }
    }
    if (nonBlank == 0) {
      return List.of();
    }
    return bullets * 2 >= nonBlank ? bulleted(section) : paired(section);
  }

  private static List<RawItem> bulleted(Section section) {
    List<RawItem> items = new ArrayList<>();
    StringBuilder current = null;
    int start = 0;
    String family = null;
    List<String> lines = section.lines();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int lineNo = section.firstLine() + i;
      var sub = SUBHEADING.matcher(line);
      if (line.isBlank() || RULE.matcher(line).matches() || FOOTNOTE.matcher(line).matches()) {
        continue;
      }
      if (sub.matches()) {
        flush(items, current, start, family);
        current = null;
        family = sub.group(1).strip();
        continue;
      }
      var bullet = BULLET.matcher(line);
      if (bullet.find()) {
        flush(items, current, start, family);
        current = new StringBuilder(line.strip());
        start = lineNo;
      } else if (current != null) {
        current.append(' ').append(line.strip());
      } else if (!STATUS_LABEL.matcher(line).matches() && isFamilyHeading(lines, i)) {
        family = line.strip();
      }
    }
    flush(items, current, start, family);
    return items;
  }

  /** A short unbulleted line followed by bullets names a group (a patent family). */
  private static boolean isFamilyHeading(List<String> lines, int i) {
    return lines.get(i).strip().length() < 100;
  }

  private static void flush(List<RawItem> items, StringBuilder text, int line, String family) {
    if (text != null) {
      items.add(new RawItem(text.toString(), null, null, null, family, line));
    }
  }

  private static List<RawItem> paired(Section section) {
    List<RawItem> items = new ArrayList<>();
    List<String> lines = section.lines();
    String title = null;
    String authors = null;
    String date = null;
    String venue = null;
    int start = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || RULE.matcher(line).matches() || FOOTNOTE.matcher(line).matches()) {
        continue;
      }
      if (title != null && date == null && DATE_ONLY.matcher(line).matches()) {
        date = line;
      } else if (title != null && authors == null && AuthorLists.looksLikeAuthorLine(line)) {
        authors = line;
      } else if (title != null && authors != null && venue == null && looksLikeVenueLine(line)) {
        venue = line;
      } else if (title != null && authors == null && !looksLikeTitleStart(line)) {
        // A wrapped title (PDF text): the line continues the title.
        title = title + " " + line;
      } else {
        if (title != null) {
          items.add(new RawItem(title, authors, date, venue, null, start));
        }
        title = line;
        authors = null;
        date = null;
        venue = null;
        start = section.firstLine() + i;
      }
    }
    if (title != null) {
      items.add(new RawItem(title, authors, date, venue, null, start));
    }
    return items;
  }

  /**
   * A short line after the author line that names where the item appeared ("CVPR 2024", "In
   * Proceedings of …, 2023", "[NeurIPS 2024]") rather than starting the next title.
   */
  private static boolean looksLikeVenueLine(String line) {
    if (line.split("\\s+").length > 14) {
      return false;
    }
    return VENUE_LINE.matcher(line).find();
  }

  /** Titles start with a capital or a digit; a lower-case start is a wrapped continuation. */
  private static boolean looksLikeTitleStart(String line) {
    return !Character.isLowerCase(line.codePointAt(0));
  }
}
