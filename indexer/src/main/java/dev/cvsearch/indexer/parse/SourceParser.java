package dev.cvsearch.indexer.parse;

import java.io.IOException;

/**
 * Reads one input format. Implementations stream records into the sink and report unusable parts with
 * {@link RecordSink#skipped}; a file that is not of the format at all throws {@link
 * MalformedSourceException}. Nothing else may escape: the extractor treats any other exception as a
 * bug, but still skips the file and goes on.
 */
public interface SourceParser {
  /** A short name for reports ("bibtex", "arxiv-jsonl"). */
  String format();

  void parse(SourceFile file, ParseContext context, RecordSink sink)
      throws MalformedSourceException, IOException;
}
