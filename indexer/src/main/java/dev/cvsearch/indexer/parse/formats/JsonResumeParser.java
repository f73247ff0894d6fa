package dev.cvsearch.indexer.parse.formats;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a JSON Resume (jsonresume.org schema) into one {@code Person} and one {@code Work} per
 * entry of its {@code publications}.
 */
public final class JsonResumeParser implements SourceParser {
  private static final List<String> SECTIONS = List.of("work", "education", "publications");

  @Override
  public String format() {
    return "json-resume";
  }

  /**
   * Whether the whole text of a file is a JSON Resume: "basics" plus work, education or
   * publications.
   */
  public static boolean sniff(String text) {
    if (text == null || text.indexOf("\"basics\"") < 0) {
      return false;
    }
    try {
      return isResume(JsonLines.MAPPER.readTree(text));
    } catch (JsonProcessingException e) {
      return false; // not JSON, so not this format
    }
  }

  private static boolean isResume(JsonNode root) {
    return root != null
        && root.isObject()
        && root.path("basics").isObject()
        && SECTIONS.stream().anyMatch(s -> root.path(s).isArray() && !root.path(s).isEmpty());
  }

  @Override
  public void parse(SourceFile file, ParseContext context, RecordSink sink)
      throws MalformedSourceException, IOException {
    List<Integer> publicationLines = new ArrayList<>();
    ObjectNode root = read(file, publicationLines);
    if (!isResume(root)) {
      throw new MalformedSourceException(
          file.name(),
          null,
          "not a JSON Resume: needs \"basics\" and work, education or publications");
    }
    String name = PlainText.collapse(JsonLines.text(root.path("basics"), "name"));
    if (name == null) {
      throw new MalformedSourceException(file.name(), null, "JSON Resume without basics.name");
    }
    sink.person(JsonResumePerson.toPerson(root, name, file));
    JsonNode publications = root.path("publications");
    for (int i = 0; i < publications.size(); i++) {
      int line = i < publicationLines.size() ? publicationLines.get(i) : 0;
      JsonNode pub = publications.get(i);
      String title = PlainText.collapse(JsonLines.text(pub, "name"));
      if (!pub.isObject() || title == null) {
        sink.skipped(new Skipped(file.name(), line, "publication " + (i + 1) + " has no name"));
        continue;
      }
      sink.work(toWork(pub, title, name, file, i + 1, context));
    }
  }

  /**
   * Reads the document as a tree, remembering the line of each publication so that a bad one can be
   * reported where it is.
   */
  private static ObjectNode read(SourceFile file, List<Integer> publicationLines)
      throws IOException, MalformedSourceException {
    try (Reader in = Inputs.strictUtf8Reader(file.path());
        JsonParser p = JsonLines.MAPPER.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new MalformedSourceException(file.name(), 1, "not a JSON object");
      }
      ObjectNode root = JsonLines.MAPPER.createObjectNode();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("publications") && value == JsonToken.START_ARRAY) {
          ArrayNode array = root.putArray(field);
          while (p.nextToken() != JsonToken.END_ARRAY) {
            publicationLines.add(p.currentTokenLocation().getLineNr());
            array.add(tree(p));
          }
        } else {
          root.set(field, tree(p));
        }
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      Integer line = at == null || at.getLineNr() < 1 ? null : at.getLineNr();
      throw new MalformedSourceException(
          file.name(), line, "invalid JSON: " + e.getOriginalMessage(), e);
    } catch (CharacterCodingException e) {
      throw new MalformedSourceException(file.name(), null, "invalid UTF-8", e);
    }
  }

  private static JsonNode tree(JsonParser p) throws IOException {
    JsonNode node = JsonLines.MAPPER.readTree(p);
    return node == null ? NullNode.getInstance() : node;
  }

  private static Work toWork(
      JsonNode pub, String title, String owner, SourceFile file, int position, ParseContext ctx) {
    String publisher = PlainText.collapse(JsonLines.text(pub, "publisher"));
    Optional<Venue> venue =
        publisher == null ? Optional.empty() : ctx.venues().normalize(publisher);
    String released = JsonLines.text(pub, "releaseDate");
    String url = JsonLines.text(pub, "url");
    var b =
        Work.builder(title)
            .authors(List.of(owner))
            .authorsComplete(false)
            .venueRaw(publisher)
            .venue(venue.orElse(null))
            .year(PlainText.firstYear(released))
            .date(JsonResumePerson.isoDate(released))
            .type(venue.map(v -> type(v.kind())).orElse(WorkType.OTHER))
            .abstractText(PlainText.collapse(JsonLines.text(pub, "summary")))
            .identifier("url", url)
            .source(new Source(file.name(), null, position, "publications"));
    if (url != null) {
      int doi = url.indexOf("doi.org/");
      if (doi >= 0) {
        b.identifier("doi", url.substring(doi + "doi.org/".length()));
      }
      int arxiv = url.indexOf("arxiv.org/abs/");
      if (arxiv >= 0) {
        b.identifier("arxiv", url.substring(arxiv + "arxiv.org/abs/".length()));
      }
    }
    return b.build();
  }

  private static WorkType type(VenueKind kind) {
    return switch (kind) {
      case CONFERENCE -> WorkType.CONFERENCE;
      case JOURNAL -> WorkType.JOURNAL;
      case WORKSHOP -> WorkType.WORKSHOP;
      case PREPRINT_SERVER -> WorkType.PREPRINT;
      case PATENT_OFFICE -> WorkType.PATENT;
      case OTHER -> WorkType.OTHER;
    };
  }
}
