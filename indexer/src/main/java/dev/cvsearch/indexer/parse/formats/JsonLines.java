package dev.cvsearch.indexer.parse.formats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvsearch.indexer.parse.Inputs;
import dev.cvsearch.indexer.parse.MalformedSourceException;
import dev.cvsearch.indexer.parse.RecordSink;
import dev.cvsearch.indexer.parse.Skipped;
import dev.cvsearch.indexer.parse.SourceFile;
import java.io.EOFException;
import java.io.IOException;

/**
 * The line loop the JSONL readers share: one JSON object per line, a broken line reported with its
 * number and the rest kept.
 */
final class JsonLines {
  /**
   * Tighter than Jackson's defaults on purpose: no bibliographic record nests 100 deep or holds a
   * 10 MB string, and a line that does is garbage to skip, not a reason to risk the stack or heap.
   */
  static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxNestingDepth(100)
                      .maxStringLength(10_000_000)
                      .build())
              .build());

  /** Turns one parsed line into records; throws when the line is JSON but not a usable record. */
  interface RecordHandler {
    void accept(ObjectNode record, int lineNo, int ordinal) throws BadRecordException;
  }

  private JsonLines() {}

  /**
   * Feeds every non-blank line of the file to the handler as a JSON object. A first non-blank line
   * that does not even start like a JSON object means the file is not JSONL at all.
   */
  static void read(SourceFile file, RecordSink sink, RecordHandler handler)
      throws IOException, MalformedSourceException {
    try (LineReader lines = new LineReader(Inputs.open(file.path()))) {
      int ordinal = 0;
      String line;
      while ((line = nextLine(file, sink, lines)) != null) {
        String text = line.strip();
        if (ordinal == 0 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
          text = text.substring(1).strip();
        }
        if (text.isEmpty()) {
          continue;
        }
        ordinal++;
        if (ordinal == 1 && text.charAt(0) != '{') {
          throw new MalformedSourceException(
              file.name(), lines.lineNo(), "not JSON lines: the first record is not a JSON object");
        }
        if (lines.truncated()) {
          skip(file, sink, lines.lineNo(), "line longer than " + lines.maxBytes() + " bytes");
          continue;
        }
        if (lines.malformed()) {
          skip(file, sink, lines.lineNo(), "invalid UTF-8");
          continue;
        }
        try {
          JsonNode node = MAPPER.readTree(text);
          if (!(node instanceof ObjectNode object)) {
            throw new BadRecordException("not a JSON object");
          }
          handler.accept(object, lines.lineNo(), ordinal);
        } catch (JsonProcessingException e) {
          skip(file, sink, lines.lineNo(), "invalid JSON: " + e.getOriginalMessage());
        } catch (BadRecordException e) {
          skip(file, sink, lines.lineNo(), e.getMessage());
        }
      }
    }
  }

  /** The next line, or null at the end; a cut-off gzip ends the file with a report. */
  private static String nextLine(SourceFile file, RecordSink sink, LineReader lines)
      throws IOException {
    try {
      return lines.next();
    } catch (EOFException e) {
      skip(file, sink, lines.lineNo() + 1, "file ends abruptly (truncated gzip?); rest lost");
      return null;
    }
  }

  static void skip(SourceFile file, RecordSink sink, int lineNo, String reason) {
    sink.skipped(new Skipped(file.name(), lineNo, reason));
  }

  /** The field as stripped text, or null when it is absent, null, blank or not a scalar. */
  /**
   * The first line of a file as a JSON object, or null when it is not one: what format sniffing
   * looks at.
   */
  static JsonNode objectOrNull(String firstLine) {
    if (firstLine == null || !firstLine.strip().startsWith("{")) {
      return null;
    }
    try {
      JsonNode node = MAPPER.readTree(firstLine.strip());
      return node.isObject() ? node : null;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return null; // not JSON, so no JSON-lines format
    }
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }
}
