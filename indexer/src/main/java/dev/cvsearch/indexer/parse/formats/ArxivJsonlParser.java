package dev.cvsearch.indexer.parse.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvsearch.indexer.model.Source;
import dev.cvsearch.indexer.model.Venue;
import dev.cvsearch.indexer.model.VenueKind;
import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.model.WorkBuilder;
import dev.cvsearch.indexer.model.WorkType;
import dev.cvsearch.indexer.parse.MalformedSourceException;
import dev.cvsearch.indexer.parse.ParseContext;
import dev.cvsearch.indexer.parse.RecordSink;
import dev.cvsearch.indexer.parse.SourceFile;
import dev.cvsearch.indexer.parse.SourceParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads arXiv metadata as JSON lines in the Kaggle {@code arxiv-metadata-oai-snapshot} layout: one
 * work per line, with its categories as topics and its venue from the journal reference or from an
 * "accepted at …" comment.
 */
public final class ArxivJsonlParser implements SourceParser {

  @Override
  public String format() {
    return "arxiv-jsonl";
  }

  /** Whether a file's first non-blank line looks like an arXiv metadata record. */
  public static boolean sniff(String firstLine) {
    JsonNode node = JsonLines.objectOrNull(firstLine);
    return node != null
        && node.has("id")
        && (node.has("categories") || node.has("authors_parsed"));
  }

  @Override
  public void parse(SourceFile file, ParseContext context, RecordSink sink)
      throws MalformedSourceException, IOException {
    JsonLines.read(
        file, sink, (record, lineNo, ordinal) -> sink.work(toWork(record, file, ordinal, context)));
  }

  private static Work toWork(ObjectNode r, SourceFile file, int ordinal, ParseContext context)
      throws BadRecordException {
    String id = JsonLines.text(r, "id");
    if (id == null) {
      throw new BadRecordException("no arXiv id");
    }
    String title = PlainText.collapse(JsonLines.text(r, "title"));
    if (title == null) {
      throw new BadRecordException("no title (arXiv " + id + ")");
    }
    ArxivDates.Dated dated = ArxivDates.of(r, id);
    WorkBuilder b =
        Work.builder(title)
            .authors(authors(r))
            .abstractText(PlainText.collapse(JsonLines.text(r, "abstract")))
            .topics(topics(r, context))
            .date(dated.date())
            .year(dated.year())
            .type(WorkType.PREPRINT)
            .identifier("arxiv", id)
            .identifier("doi", JsonLines.text(r, "doi"))
            .source(new Source(file.name(), id, ordinal, null));
    String journalRef = PlainText.collapse(JsonLines.text(r, "journal-ref"));
    String comments = PlainText.collapse(JsonLines.text(r, "comments"));
    if (journalRef != null) {
      Optional<Venue> venue = context.venues().normalize(journalRef);
      b.venueRaw(journalRef).venue(venue.orElse(null));
      b.type(publishedType(venue.map(Venue::kind).orElse(VenueKind.JOURNAL), false));
      Integer refYear = PlainText.lastYear(journalRef);
      if (refYear != null) {
        b.year(refYear);
      }
    } else if (comments != null) {
      context
          .venues()
          .findMention(comments)
          .ifPresent(
              m -> {
                b.venue(m.venue()).venueRaw(comments);
                b.type(publishedType(m.venue().kind(), m.workshop()));
                if (m.year() != null) {
                  b.year(m.year());
                }
              });
    }
    return b.build();
  }

  /** A venue that printed the work: workshops and conferences by kind, anything else a journal. */
  private static WorkType publishedType(VenueKind kind, boolean workshop) {
    if (workshop || kind == VenueKind.WORKSHOP) {
      return WorkType.WORKSHOP;
    }
    return switch (kind) {
      case CONFERENCE -> WorkType.CONFERENCE;
      case PREPRINT_SERVER -> WorkType.PREPRINT;
      default -> WorkType.JOURNAL;
    };
  }

  private static List<String> topics(ObjectNode r, ParseContext context) {
    String categories = JsonLines.text(r, "categories");
    if (categories == null) {
      return List.of();
    }
    Set<String> topics = new LinkedHashSet<>();
    for (String code : categories.split("\\s+")) {
      context.topics().resolve(code).ifPresent(topics::add);
    }
    return List.copyOf(topics);
  }

  /** Parsed names ("First Last Jr.") when present, else the printed author string split. */
  static List<String> authors(ObjectNode r) {
    List<String> names = new ArrayList<>();
    JsonNode parsed = r.get("authors_parsed");
    if (parsed != null && parsed.isArray()) {
      for (JsonNode person : parsed) {
        if (!person.isArray()) {
          continue;
        }
        String last = person.path(0).asText("");
        String first = person.path(1).asText("");
        String suffix = person.path(2).asText("");
        String name = PlainText.collapse(first + " " + last + " " + suffix);
        if (name != null) {
          names.add(name);
        }
      }
      if (!names.isEmpty()) {
        return names;
      }
    }
    String printed = JsonLines.text(r, "authors");
    if (printed == null) {
      return names;
    }
    // Affiliations sit in parentheses ("A. Smith (MIT), B. Jones (1)"); they are not names.
    String cleaned = BibtexLatex.toUnicode(printed.replaceAll("\\([^()]*\\)", " "));
    for (String part : cleaned.split(",|\\s+and\\s+")) {
      String name = PlainText.collapse(part);
      if (name != null) {
        names.add(name);
      }
    }
    return names;
  }
}
