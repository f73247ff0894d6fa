package dev.cvsearch.indexer.parse.profile;

import dev.cvsearch.indexer.model.Source;
import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.model.WorkBuilder;
import dev.cvsearch.indexer.model.WorkType;
import dev.cvsearch.indexer.parse.RecordSink;
import dev.cvsearch.indexer.parse.Skipped;
import dev.cvsearch.indexer.parse.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns one paper of a profile page (its header line and the lines up to the next) into a work. */
final class PaperEntryReader {
  /** Profile pages print no venue; only the title can tell a report from a preprint. */
  private static final Pattern TECHNICAL_REPORT =
      Pattern.compile("\\btechnical\\s+report\\b", Pattern.CASE_INSENSITIVE);

  private PaperEntryReader() {}

  /**
   * The work the entry describes: first line the title, then the author line when the next line
   * reads as names, then the abstract, whose paragraphs stay apart. Empty when there is no title.
   */
  static Optional<Work> read(
      EntryHeader header, List<ProfileLine> body, int position, SourceFile file, RecordSink sink) {
    int lineNo = header.line().number();
    if (header.topic() == null) {
      sink.skipped(
          new Skipped(
              file.name(),
              lineNo,
              "unknown arXiv category code '" + header.code() + "'; paper kept without a topic"));
    }
    if (header.date() == null) {
      sink.skipped(
          new Skipped(
              file.name(),
              lineNo,
              "no such day "
                  + ProfileHeaderReader.quote(header.line().text())
                  + "; only the year kept"));
    }
    List<ProfileLine> text = body.stream().dropWhile(ProfileLine::isBlank).toList();
    if (text.isEmpty()) {
      sink.skipped(new Skipped(file.name(), lineNo, "paper entry has no title"));
      return Optional.empty();
    }
    String title = text.get(0).text();
    int next = 1;
    while (next < text.size() && text.get(next).isBlank()) {
      next++;
    }
    AuthorLine authors = new AuthorLine(List.of(), false);
    if (next < text.size() && AuthorLine.looksLikeAuthors(text.get(next).text())) {
      authors = AuthorLine.parse(text.get(next).text());
      next++;
    }
    WorkBuilder work =
        Work.builder(title)
            .authors(authors.authors())
            .authorsComplete(authors.complete() && !authors.authors().isEmpty())
            .year(header.year())
            .date(header.date())
            .type(
                TECHNICAL_REPORT.matcher(title).find()
                    ? WorkType.TECHNICAL_REPORT
                    : WorkType.PREPRINT)
            .topics(header.topic() == null ? List.of() : List.of(header.topic()))
            .abstractText(paragraphs(text.subList(next, text.size())))
            .source(new Source(file.name(), null, position, null));
    return Optional.of(work.build());
  }

  /** Lines joined by spaces within a paragraph and by a blank line between paragraphs; or null. */
  private static String paragraphs(List<ProfileLine> lines) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (ProfileLine line : lines) {
      if (line.isBlank()) {
        flush(current, paragraphs);
      } else {
        current.append(current.isEmpty() ? "" : " ").append(line.text());
      }
    }
    flush(current, paragraphs);
    return paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    if (!current.isEmpty()) {
      paragraphs.add(current.toString());
      current.setLength(0);
    }
  }
}
