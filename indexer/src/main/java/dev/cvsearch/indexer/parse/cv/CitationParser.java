package dev.cvsearch.indexer.parse.cv;

import dev.cvsearch.indexer.names.AuthorLists;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the parts of one CV item: local id, authors, title, venue, year, patent number. Knows the
 * quoted-title style ({@code A, B, "Title," in *Venue*, City, 2025.}), the sentence style ({@code A,
 * B. Title. *Venue*, 2022.}) and the title-line style ({@code Title [NeurIPS 2024]} + author line).
 */
final class CitationParser {
  private static final Pattern BULLET =
      Pattern.compile("^\\s*(?:[-•▪◦●–]\\s+|\\*\\s+|\\d{1,3}[.)]\\s+)");
  private static final Pattern LOCAL_ID = Pattern.compile("^\\[([A-Za-z]{0,3}\\d{1,3})\\]\\s*");
  private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
  private static final Pattern QUOTED = Pattern.compile("[\"“”](.+?)[\"“”]");
  private static final Pattern ITALIC = Pattern.compile("(?<![\\w*])\\*(?!\\s)([^*]+?)\\*(?![\\w*])");
  private static final Pattern BRACKET_TAIL = Pattern.compile("\\s*\\[([^\\[\\]]{2,200})\\]\\s*$");
  private static final Pattern YEAR = Pattern.compile("(?<![\\d/])((?:19[5-9]|20[0-4])\\d)(?![\\d])");
  private static final Pattern PATENT_PUB =
      Pattern.compile("\\b(US)\\s?((?:19|20)\\d\\d)\\s?/?\\s?(\\d{6,7})\\s?(A\\d)\\b");
  private static final Pattern PATENT_GRANT = Pattern.compile("\\bUS\\s?(\\d{1,2},?\\d{3},?\\d{3})\\s?(B\\d)\\b");
  private static final Pattern PATENT_APP =
      Pattern.compile("(?i)(?:application|app\\.)\\s*(?:no\\.?\\s*)?(\\d{2}/\\d{3},\\d{3})");
  private static final Pattern PAREN_NUMBER = Pattern.compile("\\s*\\((US\\s?[\\dA-Z/ ,]+)\\)\\s*$");
  private static final Pattern IN_SUBMISSION =
      Pattern.compile("(?i)\\b(?:in submission|under review|submitted(?: to)?|in preparation)\\b");
  private static final Pattern LEADING_IN = Pattern.compile("^(?i:in)[:\\s]+");

  private CitationParser() {}

  static Citation parse(RawItem item) {
    String text = BULLET.matcher(item.text().strip()).replaceFirst("");
    String localId = null;
    Matcher id = LOCAL_ID.matcher(text);
    if (id.find()) {
      localId = id.group(1);
      text = text.substring(id.end());
    }
    text = BOLD.matcher(text).replaceAll("$1").replace("\\*", "*");
    if (item.authorLine() != null || item.dateLine() != null || item.venueLine() != null
        || looksLikeBareTitle(text)) {
      return titleLine(localId, text, item);
    }
    Matcher quoted = QUOTED.matcher(text);
    if (quoted.find() && quoted.group(1).strip().length() > 8) {
      String title = trimTitle(quoted.group(1));
      return assemble(localId, title, text.substring(0, quoted.start()), text.substring(quoted.end()));
    }
    return sentenceStyle(localId, text);
  }

  /** {@code A, B. Title. *Venue*, 2022.} — or, when the italics are lost, Authors. Title. Venue. */
  private static Citation sentenceStyle(String localId, String text) {
    Matcher italic = ITALIC.matcher(text);
    String head;
    String tail;
    if (italic.find()) {
      head = text.substring(0, italic.start());
      tail = text.substring(italic.start());
    } else {
      head = text;
      tail = "";
    }
    int cut = authorsEnd(head);
    String authors = cut < 0 ? "" : head.substring(0, cut);
    String rest = cut < 0 ? head : head.substring(cut + 1);
    if (tail.isEmpty()) {
      int titleEnd = sentenceEnd(rest, 0);
      if (titleEnd > 0) {
        tail = rest.substring(titleEnd + 1);
        rest = rest.substring(0, titleEnd);
      }
    }
    String title = trimTitle(LEADING_IN.matcher(rest.strip()).replaceFirst("").replaceAll("(?i)[.,]?\\s*\\bin\\s*$", ""));
    return assemble(localId, title, authors, tail);
  }

  private static Citation assemble(String localId, String title, String authorText, String after) {
    AuthorLists.Parsed authors = AuthorLists.parse(authorText.replaceAll("[.,\\s]+$", ""));
    String venueName = null;
    Matcher italic = ITALIC.matcher(after);
    if (italic.find()) {
      venueName = italic.group(1).strip();
    }
    String venueRaw = cleanVenue(after);
    String patent = patentNumber(after);
    Integer year = patentYear(after);
    if (year == null) {
      year = lastYear(venueRaw);
    }
    boolean inSubmission = venueRaw != null && IN_SUBMISSION.matcher(venueRaw).find();
    if (venueName == null && patent == null) {
      venueName = venueRaw;
    }
    return new Citation(
        localId, title, authors.names(), authors.complete() && !authors.names().isEmpty(),
        venueName, venueRaw, year, patent, inSubmission);
  }

  /** "Title [Venue Year]" with a separate author line and maybe a date line. */
  private static Citation titleLine(String localId, String text, RawItem item) {
    String title = text.strip();
    String bracket = null;
    Matcher b = BRACKET_TAIL.matcher(title);
    if (b.find()) {
      bracket = b.group(1).strip();
      title = title.substring(0, b.start());
    }
    String patent = null;
    Matcher p = PAREN_NUMBER.matcher(title);
    if (p.find() && patentNumber(p.group(1)) != null) {
      patent = p.group(1).replace(" ", "");
      title = title.substring(0, p.start());
    }
    if (bracket == null && item.venueLine() != null) {
      bracket = item.venueLine().replaceAll("^[\\[*\\s]+|[\\]*.,\\s]+$", "")
          .replaceFirst("^(?i:in)[:\\s]+", "");
    }
    boolean inSubmission = bracket != null && IN_SUBMISSION.matcher(bracket).matches();
    String venue = inSubmission ? null : bracket;
    Integer year = patent != null ? patentYear(patent) : lastYear(bracket);
    if (year == null && item.dateLine() != null) {
      year = lastYear(item.dateLine());
    }
    AuthorLists.Parsed authors =
        item.authorLine() == null ? new AuthorLists.Parsed(List.of(), false) : AuthorLists.parse(item.authorLine());
    String venueRaw = bracket != null ? bracket : patent;
    return new Citation(localId, trimTitle(title), authors.names(),
        authors.complete() && !authors.names().isEmpty(), venue, venueRaw, year, patent, inSubmission);
  }

  /** A bullet with no quotes, no italics and no sentence break is a bare title ("Backward Pass (US…)"). */
  private static boolean looksLikeBareTitle(String text) {
    return !QUOTED.matcher(text).find() && !ITALIC.matcher(text).find() && authorsEnd(text) < 0
        && (PAREN_NUMBER.matcher(text).find() || BRACKET_TAIL.matcher(text).find());
  }

  /**
   * Index of the period that ends the author list: the first ". " whose left word is not an initial
   * ("A." or "Jacky.") and whose left part reads as names.
   */
  private static int authorsEnd(String head) {
    for (int i = sentenceEnd(head, 0); i > 0; i = sentenceEnd(head, i + 1)) {
      String left = head.substring(0, i);
      if (AuthorLists.looksLikeAuthorLine(left) || left.contains(",") && AuthorLists.parse(left).names().size() > 1
          && AuthorLists.looksLikeAuthorLine(left.replaceAll("\\s+and\\s+", ", "))) {
        return i;
      }
      if (i > 400) {
        break;
      }
    }
    return -1;
  }

  /** Index of the next period that ends a sentence (not an initial, not "et al."), or -1. */
  private static int sentenceEnd(String s, int from) {
    for (int i = s.indexOf('.', from); i >= 0; i = s.indexOf('.', i + 1)) {
      boolean followedBySpace = i + 1 >= s.length() || Character.isWhitespace(s.charAt(i + 1));
      if (!followedBySpace) {
        continue;
      }
      int w = i - 1;
      while (w >= 0 && Character.isLetter(s.charAt(w))) {
        w--;
      }
      String word = s.substring(w + 1, i);
      boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
      if (initial || word.equals("al") || word.equals("et") || word.equals("vs") || word.equals("St")) {
        continue;
      }
      // "Jacky. Y. Zhang": a word followed by an initial is still inside a name.
      if (i + 3 < s.length() && Character.isUpperCase(s.charAt(i + 2)) && s.charAt(i + 3) == '.') {
        continue;
      }
      return i;
    }
    return -1;
  }

  private static String trimTitle(String t) {
    return t.replaceAll("\\s+", " ").replaceAll("^[\\s\"“”]+|[\\s,.;:\"“”]+$", "").strip();
  }

  private static String cleanVenue(String after) {
    String v = after.replace("*", "").replaceAll("\\s+", " ").strip();
    v = v.replaceAll("^[,.;:\\s]+", "");
    v = LEADING_IN.matcher(v).replaceFirst("");
    v = v.replaceAll("[,.;\\s]+$", "").strip();
    return v.isEmpty() ? null : v;
  }

  static String patentNumber(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = PATENT_PUB.matcher(text);
    if (m.find()) {
      return m.group().strip();
    }
    m = PATENT_GRANT.matcher(text);
    if (m.find()) {
      return m.group().strip();
    }
    m = PATENT_APP.matcher(text);
    if (m.find()) {
      return m.group(1);
    }
    return null;
  }

  /**
   * The year of a pre-grant publication number (US 2019/0164052 A1 → 2019), or a filing/other year
   * printed beside it; granted numbers (B1/B2) carry none.
   */
  private static Integer patentYear(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = PATENT_PUB.matcher(text);
    if (m.find()) {
      return Integer.valueOf(m.group(2));
    }
    return null;
  }

  static Integer lastYear(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = YEAR.matcher(text);
    Integer year = null;
    while (m.find()) {
      year = Integer.valueOf(m.group(1));
    }
    return year;
  }
}
