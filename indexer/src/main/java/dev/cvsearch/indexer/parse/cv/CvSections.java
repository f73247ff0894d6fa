package dev.cvsearch.indexer.parse.cv;

import dev.cvsearch.indexer.parse.cv.Section.SectionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits CV text into sections by recognising headings ("4. PUBLICATIONS", "## EDUCATION",
 * "Peer Reviewed Workshops &amp; Forums"). A heading is a short line whose words are a known section
 * name, so a paper titled "Patents and Publications as Signals…" stays a title.
 */
final class CvSections {
  private static final Pattern MARKUP = Pattern.compile("^[#>\\s]*|[*_]{1,3}|\\s*[:：]\\s*$");
  private static final Pattern RULE = Pattern.compile("\\s*-{3,}\\s*$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NUMBERING = Pattern.compile("^(?:\\d{1,2}|[IVX]{1,4})[.)]\\s+");

  private record Rule(Pattern pattern, SectionKind kind) {}

  private static Rule rule(String regex, SectionKind kind) {
    return new Rule(Pattern.compile("^(?:" + regex + ")$", Pattern.CASE_INSENSITIVE), kind);
  }

  // Order matters: the first matching rule wins, so specific publication sub-lists come first.
  private static final List<Rule> RULES =
      List.of(
          rule(
              "(?:patents?|patent applications?|granted patents|patents \\(\\w+\\))(?: and (?:patent )?applications)?",
              SectionKind.PATENTS),
          rule(
              "(?:selected |peer[- ]reviewed |refereed |referred |international |full )*"
                  + "(?:conference|proceedings)(?: and workshop)? (?:papers|publications|proceedings)"
                  + "|(?:refereed |referred |peer[- ]reviewed )?(?:international )?conference proceedings",
              SectionKind.CONFERENCE_PAPERS),
          rule(
              "(?:selected |peer[- ]reviewed |refereed |referred |international )*journal"
                  + " (?:articles|papers|publications)|journals",
              SectionKind.JOURNAL_PAPERS),
          rule(
              "(?:selected |peer[- ]reviewed |refereed |referred |international )*"
                  + "(?:workshops?(?: papers| publications)?(?: (?:&|and) (?:forums|symposia|posters))?"
                  + "|posters?(?: and demos)?)",
              SectionKind.WORKSHOP_PAPERS),
          rule(
              "(?:preprints?|working papers|manuscripts|under review|in submission|technical reports)"
                  + "(?: (?:and|&) (?:preprints?|working papers|manuscripts|other (?:work|papers|publications)))?",
              SectionKind.PREPRINTS),
          rule(
              "(?:selected |recent |refereed |peer[- ]reviewed )?(?:publications?|papers|research papers"
                  + "|publications? (?:and|&) (?:patents|preprints|presentations)|bibliography"
                  + "|(?:book )?chapters)(?: \\(.*\\))?",
              SectionKind.PUBLICATIONS),
          rule(
              "(?:professional |work |research |industry |industrial |academic |teaching )?"
                  + "(?:employment|experience|experiences|appointments|positions|career)"
                  + "(?: history)?|internships?|research experience|academic positions",
              SectionKind.EMPLOYMENT),
          rule("education(?: (?:and|&) training)?|academic background", SectionKind.EDUCATION),
          rule("(?:research )?interests|research (?:areas|focus)", SectionKind.INTERESTS),
          rule(
              "(?:honou?rs|awards|scholarships?|fellowships|grants|skills|invited talks|talks"
                  + "|presentations|teaching|service|professional (?:activities|service)|activities"
                  + "|references|languages|projects|selected projects|mentoring|leadership"
                  + "|(?:conference|journal) reviewer|reviewing|outreach|memberships|certifications"
                  + "|media|press|misc(?:ellaneous)?|personal|contact|summary|profile|about me"
                  + "|technical skills|coursework|relevant coursework)"
                  + "(?:\\s*(?:,|&|and)\\s*[a-z ]+)*",
              SectionKind.OTHER));

  private CvSections() {}

  /** The heading's kind, or null when the line is not a heading. */
  static SectionKind classify(String line) {
    String text = clean(line);
    if (text.isEmpty() || text.length() > 60 || text.endsWith(".") && !text.endsWith("etc.")) {
      return null;
    }
    for (Rule r : RULES) {
      if (r.pattern().matcher(text).matches()) {
        return r.kind();
      }
    }
    return null;
  }

  /** The heading text without markdown, numbering or a trailing colon. */
  static String clean(String line) {
    String t = line.strip();
    t = MARKUP.matcher(t).replaceAll("");
    t = NUMBERING.matcher(t).replaceFirst("");
    t = RULE.matcher(t).replaceAll("").strip();
    return SPACES.matcher(t).replaceAll(" ");
  }

  /** Splits the lines into sections; the lines before the first heading form the HEADER section. */
  static List<Section> split(List<String> lines) {
    List<Section> sections = new ArrayList<>();
    SectionKind kind = SectionKind.HEADER;
    String heading = null;
    int first = 1;
    List<String> current = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      SectionKind k = classify(line);
      if (k != null && !isListItem(line)) {
        // A publication sub-list heading ("Patents") inside publications keeps the publications
        // context; a sub-list heading outside one ("Conference Reviewer") is just OTHER.
        sections.add(new Section(kind, heading, List.copyOf(current), first));
        kind = k;
        heading = clean(line);
        first = i + 2;
        current = new ArrayList<>();
      } else {
        current.add(line);
      }
    }
    sections.add(new Section(kind, heading, List.copyOf(current), first));
    return sections;
  }

  private static boolean isListItem(String line) {
    String t = line.strip();
    return t.startsWith("- ") || t.startsWith("• ") || t.startsWith("[");
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
