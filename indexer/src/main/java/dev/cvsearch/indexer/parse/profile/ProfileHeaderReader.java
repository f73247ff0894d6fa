package dev.cvsearch.indexer.parse.profile;

import dev.cvsearch.indexer.model.Person;
import dev.cvsearch.indexer.model.ProfileStats;
import dev.cvsearch.indexer.parse.RecordSink;
import dev.cvsearch.indexer.parse.Skipped;
import dev.cvsearch.indexer.parse.SourceFile;
import dev.cvsearch.indexer.topic.ArxivTaxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the lines above a profile page's first paper: the person, their category and counts. */
final class ProfileHeaderReader {
  private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d{1,9})";
  static final Pattern H_INDEX =
      Pattern.compile("^h-?index\\s*:?\\s*" + NUMBER + "$", Pattern.CASE_INSENSITIVE);
  static final Pattern PAPERS =
      Pattern.compile("^" + NUMBER + "\\s*papers?$", Pattern.CASE_INSENSITIVE);
  static final Pattern CITATIONS =
      Pattern.compile("^" + NUMBER + "\\s*citations?$", Pattern.CASE_INSENSITIVE);
  static final Pattern NOVELTY =
      Pattern.compile("^novelty\\s*:?\\s*" + NUMBER + "\\s*%?$", Pattern.CASE_INSENSITIVE);
  static final Pattern AI_SCORE =
      Pattern.compile("^ai\\s*score\\s*:?\\s*" + NUMBER + "$", Pattern.CASE_INSENSITIVE);
  private static final int MAX_QUOTED = 80;

  /**
   * What the header says.
   *
   * @param person the researcher, or null when no name was printed
   * @param listedPapers the count the page prints above its list ("16 Papers"), or null
   */
  record Header(Person person, Integer listedPapers) {}

  private ProfileHeaderReader() {}

  /**
   * Reads the header. The first line is the name and the next one, when it is a known arXiv code,
   * the primary category; lines it cannot place are reported, not dropped silently.
   */
  static Header read(
      List<ProfileLine> lines, SourceFile file, ArxivTaxonomy topics, RecordSink sink) {
    String name = null;
    String primary = null;
    Integer hIndex = null;
    Integer citations = null;
    Integer novelty = null;
    Integer aiScore = null;
    List<Integer> paperCounts = new ArrayList<>();
    int seen = 0;
    for (ProfileLine line : lines) {
      if (line.isBlank()) {
        continue;
      }
      seen++;
      String text = line.text();
      Matcher m;
      if ((m = H_INDEX.matcher(text)).matches()) {
        hIndex = number(m);
      } else if ((m = PAPERS.matcher(text)).matches()) {
        paperCounts.add(number(m));
      } else if ((m = CITATIONS.matcher(text)).matches()) {
        citations = number(m);
      } else if ((m = NOVELTY.matcher(text)).matches()) {
        novelty = number(m);
      } else if ((m = AI_SCORE.matcher(text)).matches()) {
        aiScore = number(m);
      } else if (seen == 1) {
        name = text;
      } else if (seen == 2 && name != null && topics.resolve(text).isPresent()) {
        primary = topics.resolve(text).orElseThrow();
      } else {
        sink.skipped(
            new Skipped(file.name(), line.number(), "unrecognised header line " + quote(text)));
      }
    }
    // The stats block prints "16papers"; the list heading prints "16 Papers" again just above the
    // first paper. With only one of them, it serves for both.
    Integer papers = paperCounts.isEmpty() ? null : paperCounts.get(0);
    Integer listed = paperCounts.isEmpty() ? null : paperCounts.get(paperCounts.size() - 1);
    ProfileStats stats =
        primary == null
                && hIndex == null
                && papers == null
                && citations == null
                && novelty == null
                && aiScore == null
            ? null
            : new ProfileStats(primary, hIndex, papers, citations, novelty, aiScore);
    Person person =
        name == null
            ? null
            : new Person(
                null,
                name,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                stats,
                List.of(file.name()),
                null);
    return new Header(person, listed);
  }

  private static Integer number(Matcher m) {
    return Integer.valueOf(m.group(1).replace(",", ""));
  }

  static String quote(String text) {
    return "'" + (text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "…" : text) + "'";
  }
}
