package dev.cvsearch.indexer.parse.profile;

import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.parse.MalformedSourceException;
import dev.cvsearch.indexer.parse.ParseContext;
import dev.cvsearch.indexer.parse.RecordSink;
import dev.cvsearch.indexer.parse.Skipped;
import dev.cvsearch.indexer.parse.SourceFile;
import dev.cvsearch.indexer.parse.SourceParser;
import dev.cvsearch.indexer.parse.text.TextFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Reads a researcher profile page saved as text into one {@code Person} (name and {@code
 * ProfileStats}) and one preprint-typed {@code Work} per listed paper, with the topic, date, title,
 * author prefix and abstract the page prints.
 *
 * <p>A paper starts at a line with an arXiv short code glued to its date ("ASJun 30, 2022"); every
 * line up to the next such line belongs to it. When the page's own count ("16 Papers") differs from
 * the papers read, the difference is reported as a skip, so a lost paper shows up in the summary.
 */
public final class ProfileParser implements SourceParser {
  /** Paper lines that make a page without statistics a profile: one alone could be a fluke. */
  private static final int MIN_DATED_LINES = 2;

  @Override
  public String format() {
    return "profile";
  }

  /**
   * Whether the text looks like a profile page: it prints the h-index with a paper or citation
   * count on lines of their own, or at least two code+date paper lines.
   */
  public static boolean sniff(String text) {
    if (text == null) {
      return false;
    }
    boolean hIndex = false;
    boolean counts = false;
    int dated = 0;
    Iterator<String> lines = text.lines().iterator();
    while (lines.hasNext()) {
      String line = lines.next().replace('\u00A0', ' ').strip();
      if (ProfileHeaderReader.H_INDEX.matcher(line).matches()) {
        hIndex = true;
      } else if (ProfileHeaderReader.PAPERS.matcher(line).matches()
          || ProfileHeaderReader.CITATIONS.matcher(line).matches()) {
        counts = true;
      } else if (EntryHeader.GLUED.matcher(line).matches()) {
        dated++;
      }
      if ((hIndex && counts) || dated >= MIN_DATED_LINES) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void parse(SourceFile file, ParseContext context, RecordSink sink)
      throws MalformedSourceException, IOException {
    String text = TextFiles.read(file);
    if (!sniff(text)) {
      throw new MalformedSourceException(
          file.name(),
          null,
          "not a profile page: no h-index and paper counts, and fewer than two code+date paper"
              + " lines");
    }
    parseText(text, file, context, sink);
  }

  /**
   * Parses text already read from {@code file}. Text with neither a header nor any paper is
   * reported as one skip for the whole file.
   */
  public void parseText(String text, SourceFile file, ParseContext ctx, RecordSink sink) {
    List<ProfileLine> lines = ProfileLine.split(text);
    List<Integer> starts = new ArrayList<>();
    List<EntryHeader> headers = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Optional<EntryHeader> header = EntryHeader.match(lines.get(i), ctx.topics());
      if (header.isPresent()) {
        starts.add(i);
        headers.add(header.get());
      }
    }
    int firstEntry = starts.isEmpty() ? lines.size() : starts.get(0);
    ProfileHeaderReader.Header header =
        ProfileHeaderReader.read(lines.subList(0, firstEntry), file, ctx.topics(), sink);
    if (header.person() == null && headers.isEmpty()) {
      sink.skipped(new Skipped(file.name(), null, "no profile header or paper entries found"));
      return;
    }
    if (header.person() != null) {
      sink.person(header.person());
    } else {
      sink.skipped(new Skipped(file.name(), null, "profile page prints no researcher name"));
    }
    int parsed = 0;
    for (int k = 0; k < headers.size(); k++) {
      int end = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
      List<ProfileLine> body = lines.subList(starts.get(k) + 1, end);
      Optional<Work> work = PaperEntryReader.read(headers.get(k), body, k + 1, file, sink);
      if (work.isPresent()) {
        sink.work(work.get());
        parsed++;
      }
    }
    Integer listed = header.listedPapers();
    if (listed != null && listed != parsed) {
      sink.skipped(
          new Skipped(
              file.name(), null, "profile lists " + listed + " papers, " + parsed + " parsed"));
    }
  }
}
