package dev.cvsearch.indexer.search;

import dev.cvsearch.indexer.schema.Fields;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlighted snippets of titles and bodies: HTML-escaped text with only {@code <mark>} added, from
 * the offsets stored in the postings. The title is highlighted whole, the body as its best passages.
 */
final class Highlights {
  private static final int BODY_PASSAGES = 2;
  private static final int MAX_LENGTH = 20_000;

  private final Analyzer analyzer;

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
    ScoreDoc[] sd = docs.stream().map(d -> new ScoreDoc(d, 0f)).toArray(ScoreDoc[]::new);
    TopDocs top = new TopDocs(new TotalHits(sd.length, TotalHits.Relation.EQUAL_TO), sd);
    String[] titles =
        highlighter(searcher, WholeBreakIterator::new, 0).highlight(Fields.TITLE, query, top, 1);
    String[] bodies =
        highlighter(searcher, () -> BreakIterator.getSentenceInstance(Locale.ROOT), 0)
            .highlight(Fields.BODY, query, top, BODY_PASSAGES);
    for (int i = 0; i < sd.length; i++) {
      Map<String, List<String>> fields = new HashMap<>();
      put(fields, Fields.TITLE, titles[i]);
      put(fields, Fields.BODY, bodies[i]);
      out.put(sd[i].doc, fields);
    }
    return out;
  }

  private static void put(Map<String, List<String>> fields, String field, String snippet) {
    if (snippet != null && snippet.contains("<mark>")) {
      List<String> list = new ArrayList<>();
      list.add(snippet);
      fields.put(field, List.copyOf(list));
    }
  }

  private UnifiedHighlighter highlighter(
      IndexSearcher searcher, java.util.function.Supplier<BreakIterator> breaks, int noMatch) {
    return UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
        .withBreakIterator(breaks)
        .withMaxLength(MAX_LENGTH)
        .withMaxNoHighlightPassages(noMatch)
        .build();
  }
}
