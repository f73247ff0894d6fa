package dev.cvsearch.indexer.search;

import dev.cvsearch.indexer.schema.Fields;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlighted snippets of titles and bodies: HTML-escaped text with only {@code <mark>} added, from
 * the offsets stored in the postings. The title is highlighted whole, the body as its best passages.
 */
final class Highlights {
  private static final int BODY_PASSAGES = 2;

  /**
   * Characters of a body looked at for passages: abstracts fit whole, and a long CV's best
   * sentences are rarely past this, while scanning all of it costs on every page.
   */
  private static final int MAX_LENGTH = 10_000;

  private static final String[] FIELDS = {Fields.TITLE, Fields.BODY};
  private static final int[] PASSAGES = {1, BODY_PASSAGES};

  private final Analyzer analyzer;

  /** The highlighter of the last searcher seen: built once per reader, not per request. */
  private volatile Built built;

  private record Built(IndexSearcher searcher, UnifiedHighlighter highlighter) {}

  Highlights(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** Snippets per document: field → snippets, only fields that have a match. */
  Map<Integer, Map<String, List<String>>> snippets(
      IndexSearcher searcher, Query query, List<Integer> docs) throws IOException {
    Map<Integer, Map<String, List<String>>> out = new HashMap<>();
    if (docs.isEmpty()) {
      return out;
    }
    int[] ids = docs.stream().mapToInt(Integer::intValue).toArray();
    // Snippets come back in the order of ids (the highlighter sorts a copy for its reads).
    Map<String, String[]> byField =
        highlighter(searcher).highlightFields(FIELDS, query, ids, PASSAGES);
    String[] titles = byField.get(Fields.TITLE);
    String[] bodies = byField.get(Fields.BODY);
    for (int i = 0; i < ids.length; i++) {
      Map<String, List<String>> fields = new HashMap<>();
      put(fields, Fields.TITLE, titles[i]);
      put(fields, Fields.BODY, bodies[i]);
      out.put(ids[i], fields);
    }
    return out;
  }

  private static void put(Map<String, List<String>> fields, String field, String snippet) {
    if (snippet != null && snippet.contains("<mark>")) {
      fields.put(field, List.of(snippet));
    }
  }

  private UnifiedHighlighter highlighter(IndexSearcher searcher) {
    Built b = built;
    if (b == null || b.searcher() != searcher) {
      b = new Built(searcher, build(searcher));
      built = b;
    }
    return b.highlighter();
  }

  /**
   * One highlighter for both fields, so each hit's stored text is read once: the title whole, the
   * body as its best sentences. Term offsets from the postings are enough for {@code <mark>}; weight
   * matches would re-run the whole query per hit.
   */
  private UnifiedHighlighter build(IndexSearcher searcher) {
    UnifiedHighlighter.Builder builder =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
            .withMaxLength(MAX_LENGTH)
            .withMaxNoHighlightPassages(0)
            .withWeightMatches(false);
    return new UnifiedHighlighter(builder) {
      @Override
      protected BreakIterator getBreakIterator(String field) {
        return Fields.TITLE.equals(field)
            ? new WholeBreakIterator()
            : BreakIterator.getSentenceInstance(Locale.ROOT);
      }
    };
  }
}
