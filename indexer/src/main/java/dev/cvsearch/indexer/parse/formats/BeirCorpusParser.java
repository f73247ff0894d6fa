package dev.cvsearch.indexer.parse.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvsearch.indexer.model.Source;
import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.model.WorkType;
import dev.cvsearch.indexer.parse.MalformedSourceException;
import dev.cvsearch.indexer.parse.ParseContext;
import dev.cvsearch.indexer.parse.RecordSink;
import dev.cvsearch.indexer.parse.SourceFile;
import dev.cvsearch.indexer.parse.SourceParser;
import java.io.IOException;

/**
 * Reads a BEIR corpus ({@code corpus.jsonl}: {@code _id}, {@code title}, {@code text}) into works,
 * so BEIR evaluation runs over the same index the product serves.
 */
public final class BeirCorpusParser implements SourceParser {
  /** A title made from the first sentence of the text is cut near here. */
  static final int MAX_DERIVED_TITLE = 160;

  @Override
  public String format() {
    return "beir-jsonl";
  }

  /** Whether a file's first non-blank line looks like a BEIR corpus document. */
  public static boolean sniff(String firstLine) {
    JsonNode node = JsonLines.objectOrNull(firstLine);
    return node != null && node.has("_id") && node.has("text");
  }

  @Override
  public void parse(SourceFile file, ParseContext context, RecordSink sink)
      throws MalformedSourceException, IOException {
    JsonLines.read(
        file, sink, (record, lineNo, ordinal) -> sink.work(toWork(record, file, ordinal)));
  }

  private static Work toWork(ObjectNode r, SourceFile file, int ordinal) throws BadRecordException {
    String id = JsonLines.text(r, "_id");
    if (id == null) {
      throw new BadRecordException("no _id");
    }
    String text = PlainText.collapse(JsonLines.text(r, "text"));
    String title = PlainText.collapse(JsonLines.text(r, "title"));
    if (title == null) {
      title = PlainText.firstSentence(text, MAX_DERIVED_TITLE);
    }
    if (title == null) {
      throw new BadRecordException("document " + id + " has neither title nor text");
    }
    var b =
        Work.builder(title)
            .abstractText(text)
            .type(WorkType.OTHER)
            .authorsComplete(false)
            .identifier("beir", id)
            .source(new Source(file.name(), id, ordinal, null));
    JsonNode metadata = r.get("metadata");
    if (metadata != null && metadata.isObject()) {
      b.identifier("doi", JsonLines.text(metadata, "doi"));
      b.identifier("url", JsonLines.text(metadata, "url"));
    }
    return b.build();
  }
}
