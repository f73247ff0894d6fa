package dev.cvsearch.indexer.parse.formats;

import dev.cvsearch.indexer.model.Source;
import dev.cvsearch.indexer.model.Venue;
import dev.cvsearch.indexer.model.VenueKind;
import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.model.WorkType;
import dev.cvsearch.indexer.parse.Inputs;
import dev.cvsearch.indexer.parse.MalformedSourceException;
import dev.cvsearch.indexer.parse.ParseContext;
import dev.cvsearch.indexer.parse.RecordSink;
import dev.cvsearch.indexer.parse.Skipped;
import dev.cvsearch.indexer.parse.SourceFile;
import dev.cvsearch.indexer.parse.SourceParser;
import java.io.EOFException;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads BibTeX (.bib, .bib.gz) entry by entry into works. Written by hand rather than with jbibtex
 * because a single malformed entry makes jbibtex fail the whole file; here it is reported with its
 * line and reading resumes at the next entry.
 */
public final class BibtexParser implements SourceParser {
  private static final Pattern BRACES = Pattern.compile("[{}]");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([_%&#~$])");
  private static final Set<String> NOT_WORKS = Set.of("string", "comment", "preamble");

  @Override
  public String format() {
    return "bibtex";
  }

  @Override
  public void parse(SourceFile file, ParseContext context, RecordSink sink)
      throws MalformedSourceException, IOException {
    try (LineReader lines = new LineReader(Inputs.open(file.path()))) {
      BibtexReader reader = new BibtexReader(lines);
      int position = 0;
      int items = 0;
      BibtexReader.Item item;
      while ((item = nextItem(file, sink, reader, lines)) != null) {
        items++;
        switch (item) {
          case BibtexReader.Broken broken -> {
            if (!NOT_WORKS.contains(broken.type())) {
              position++;
            }
            skip(sink, file, broken.line(), broken.reason());
          }
          case BibtexReader.Entry entry -> {
            position++;
            try {
              sink.work(toWork(entry, file, position, context));
            } catch (BadRecordException e) {
              skip(sink, file, entry.line(), e.getMessage());
            }
          }
        }
      }
      if (items == 0 && reader.sawText()) {
        throw new MalformedSourceException(file.name(), null, "no BibTeX entries found");
      }
    }
  }

  /** The next item; a cut-off gzip ends the file with a report of where. */
  private static BibtexReader.Item nextItem(
      SourceFile file, RecordSink sink, BibtexReader reader, LineReader lines) throws IOException {
    try {
      return reader.next();
    } catch (EOFException e) {
      skip(sink, file, lines.lineNo() + 1, "file ends abruptly (truncated gzip?); rest lost");
    }
    return null;
  }

  private static void skip(RecordSink sink, SourceFile file, int line, String reason) {
    sink.skipped(new Skipped(file.name(), line, reason));
  }

  static Work toWork(BibtexReader.Entry entry, SourceFile file, int position, ParseContext context)
      throws BadRecordException {
    Map<String, String> f = entry.fields();
    String title = BibtexLatex.toUnicode(f.get("title"));
    if (title == null) {
      throw new BadRecordException("@" + entry.type() + "{" + entry.key() + "} has no title");
    }
    BibtexAuthors.Authors authors = BibtexAuthors.parse(f.get("author"));
    String venueRaw = BibtexLatex.toUnicode(firstOf(f, "booktitle", "journal"));
    Optional<Venue> venue =
        venueRaw == null ? Optional.empty() : context.venues().normalize(venueRaw);
    boolean arxiv = isArxiv(f, venue);
    String key = entry.key().isBlank() ? null : entry.key();
    var b =
        Work.builder(title)
            .authors(authors.names())
            .authorsComplete(authors.complete())
            .venueRaw(venueRaw)
            .venue(venue.orElse(null))
            .year(PlainText.firstYear(f.get("year")))
            .type(type(entry.type(), venue.map(Venue::kind).orElse(null), arxiv))
            .abstractText(BibtexLatex.toUnicode(f.get("abstract")))
            .identifier("bibkey", key)
            .identifier("doi", plain(f.get("doi")))
            .identifier("url", plain(f.get("url")))
            .source(new Source(file.name(), key, position, null));
    if (arxiv && f.containsKey("eprint")) {
      b.identifier("arxiv", plain(f.get("eprint")));
    }
    return b.build();
  }

  /** Publication type from the entry type, refined by the venue's kind. */
  static WorkType type(String entryType, VenueKind kind, boolean arxiv) {
    return switch (entryType) {
      case "article" -> arxiv ? WorkType.PREPRINT : WorkType.JOURNAL;
      // Anthology exports even journal papers (CL, TACL) as @inproceedings: trust the venue.
      case "inproceedings", "conference" ->
          kind == VenueKind.WORKSHOP
              ? WorkType.WORKSHOP
              : kind == VenueKind.JOURNAL ? WorkType.JOURNAL : WorkType.CONFERENCE;
      case "book" -> WorkType.BOOK;
      case "inbook", "incollection" -> WorkType.CHAPTER;
      case "phdthesis", "mastersthesis", "thesis" -> WorkType.THESIS;
      case "techreport", "report" -> WorkType.TECHNICAL_REPORT;
      case "misc", "unpublished", "online", "electronic" ->
          arxiv ? WorkType.PREPRINT : WorkType.OTHER;
      case "patent" -> WorkType.PATENT;
      default -> WorkType.OTHER;
    };
  }

  /** An arXiv preprint: eprint fields say so, or the venue is arXiv/CoRR. */
  private static boolean isArxiv(Map<String, String> f, Optional<Venue> venue) {
    if (venue.map(v -> v.kind() == VenueKind.PREPRINT_SERVER).orElse(false)) {
      return true;
    }
    for (String field : new String[] {"archiveprefix", "eprinttype", "journal", "howpublished"}) {
      String v = f.get(field);
      if (v != null) {
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.contains("arxiv") || lower.strip().equals("corr")) {
          return true;
        }
      }
    }
    return false;
  }

  private static String firstOf(Map<String, String> f, String... names) {
    for (String name : names) {
      String v = f.get(name);
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  /** URLs and DOIs: braces and backslash escapes removed, no other LaTeX processing. */
  private static String plain(String value) {
    if (value == null) {
      return null;
    }
    String s = ESCAPE.matcher(BRACES.matcher(value).replaceAll("")).replaceAll("$1");
    return PlainText.collapse(s);
  }
}
