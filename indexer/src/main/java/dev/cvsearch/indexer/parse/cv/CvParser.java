package dev.cvsearch.indexer.parse.cv;

import dev.cvsearch.indexer.model.Person;
import dev.cvsearch.indexer.model.Source;
import dev.cvsearch.indexer.model.Venue;
import dev.cvsearch.indexer.model.VenueKind;
import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.model.WorkType;
import dev.cvsearch.indexer.parse.MalformedSourceException;
import dev.cvsearch.indexer.parse.ParseContext;
import dev.cvsearch.indexer.parse.RecordSink;
import dev.cvsearch.indexer.parse.SourceFile;
import dev.cvsearch.indexer.parse.cv.Section.SectionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a CV's plain text (from a .txt/.md file, a PDF's text layer or stripped LaTeX) into one
 * {@link Person} and a {@link Work} per publication-like item, each keeping the CV's section and local
 * id on its source.
 */
public final class CvParser {
  private static final Pattern TECH_REPORT = Pattern.compile("(?i)\\btechnical report\\b");
  private static final int MIN_TITLE_WORDS = 2;

  /**
   * Parses CV text.
   *
   * @throws MalformedSourceException when no person name can be found at all
   */
  public void parseText(String text, SourceFile file, ParseContext ctx, RecordSink sink)
      throws MalformedSourceException {
    List<String> lines = List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    List<Section> sections = CvSections.split(lines);
    Person person = CvPersonReader.read(sections, file.name(), text);
    if (person == null) {
      throw new MalformedSourceException(
          file.name(), null, "no person name found in the first lines; not a CV?");
    }
    sink.person(person);
    int position = 0;
    for (Section section : sections) {
      if (!section.kind().isPublications()) {
        continue;
      }
      for (RawItem item : PublicationItems.split(section)) {
        Citation c = CitationParser.parse(item);
        if (c.title().isBlank() || c.title().split("\\s+").length < MIN_TITLE_WORDS
            && c.patentNumber() == null) {
          sink.skipped(new dev.cvsearch.indexer.parse.Skipped(
              file.name(), item.line(), "publication item without a readable title"));
          continue;
        }
        position++;
        sink.work(toWork(c, section, item, ctx, new Source(file.name(), c.localId(), position,
            section.heading())));
      }
    }
  }

  private static Work toWork(Citation c, Section section, RawItem item, ParseContext ctx,
      Source source) {
    WorkType type = type(c, section);
    Venue venue = null;
    if (type != WorkType.PATENT && type != WorkType.IN_SUBMISSION && c.venueName() != null) {
      venue = ctx.venues().normalize(c.venueName()).orElse(null);
      if (venue != null && venue.kind() == VenueKind.WORKSHOP && type != WorkType.PATENT) {
        type = WorkType.WORKSHOP;
      } else if (venue != null && section.kind() == SectionKind.PUBLICATIONS) {
        type = fromVenueKind(venue.kind(), type);
      }
    }
    if (type == WorkType.PREPRINT && TECH_REPORT.matcher(c.title()).find()) {
      type = WorkType.TECHNICAL_REPORT;
    }
    String venueRaw = c.inSubmission() && c.venueRaw() == null ? "in submission" : c.venueRaw();
    return Work.builder(c.title())
        .authors(c.authors())
        .authorsComplete(c.authorsComplete())
        .venue(venue)
        .venueRaw(venueRaw)
        .year(c.year())
        .type(type)
        .identifier("patent", c.patentNumber())
        .identifier("family", type == WorkType.PATENT ? item.family() : null)
        .source(source)
        .build();
  }

  private static WorkType type(Citation c, Section section) {
    if (section.kind() == SectionKind.PATENTS || c.patentNumber() != null
        || c.venueRaw() != null && c.venueRaw().toLowerCase(Locale.ROOT).contains("patent")) {
      return WorkType.PATENT;
    }
    if (c.inSubmission()) {
      return WorkType.IN_SUBMISSION;
    }
    return switch (section.kind()) {
      case CONFERENCE_PAPERS -> WorkType.CONFERENCE;
      case JOURNAL_PAPERS -> WorkType.JOURNAL;
      case WORKSHOP_PAPERS -> WorkType.WORKSHOP;
      case PREPRINTS -> WorkType.PREPRINT;
      default -> c.venueName() == null ? WorkType.PREPRINT : WorkType.OTHER;
    };
  }

  private static WorkType fromVenueKind(VenueKind kind, WorkType fallback) {
    return switch (kind) {
      case CONFERENCE -> WorkType.CONFERENCE;
      case JOURNAL -> WorkType.JOURNAL;
      case WORKSHOP -> WorkType.WORKSHOP;
      case PREPRINT_SERVER -> WorkType.PREPRINT;
      default -> fallback == WorkType.OTHER ? WorkType.CONFERENCE : fallback;
    };
  }

  static List<String> nonBlank(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      if (!l.isBlank()) {
        out.add(l.strip());
      }
    }
    return out;
  }
}
