package dev.cvsearch.indexer.search;

import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.schema.Fields;
import dev.cvsearch.indexer.search.StoredRecords.Stored;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
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

  /**
   * The records of the hits being highlighted by this thread, when they are all works: the shared
   * highlighter reads their texts from here.
   */
  private static final ThreadLocal<Map<Integer, Stored>> LOADED = new ThreadLocal<>();

  private final Analyzer analyzer;

  /** The highlighter of the last searcher seen: built once per reader, not per request. */
  private volatile Built built;

  private record Built(IndexSearcher searcher, UnifiedHighlighter highlighter) {}

  Highlights(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * Snippets per document: field → snippets, only fields that have a match. The hits' records are
   * already loaded, so the texts of works come from them instead of a second stored-fields read.
   */
  Map<Integer, Map<String, List<String>>> snippets(
      IndexSearcher searcher, Query query, List<Stored> hits) throws IOException {
    Map<Integer, Map<String, List<String>>> out = new HashMap<>();
    if (hits.isEmpty()) {
      return out;
    }
    int[] ids = hits.stream().mapToInt(Stored::doc).toArray();
    // A person's body text is built at index time; only works have their indexed text at hand.
    boolean allWorks = hits.stream().allMatch(Stored::isWork);
    if (allWorks) {
      Map<Integer, Stored> byDoc = new HashMap<>();
      hits.forEach(h -> byDoc.put(h.doc(), h));
      LOADED.set(byDoc);
    }
    Map<String, String[]> byField;
    try {
      // Snippets come back in the order of ids (the highlighter sorts a copy for its reads).
      byField = highlighter(searcher).highlightFields(FIELDS, query, ids, PASSAGES);
    } finally {
      LOADED.remove();
    }
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

  /** The text as indexed (a work without an abstract has no body: empty), cut like stored text. */
  private static String capped(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
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
      protected List<CharSequence[]> loadFieldValues(
          String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
        Map<Integer, Stored> loaded = LOADED.get();
        if (loaded == null) {
          return super.loadFieldValues(fields, docs, cacheCharsThreshold);
        }
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          Work w = loaded.get(doc).work();
          CharSequence[] v = new CharSequence[fields.length];
          for (int f = 0; f < fields.length; f++) {
            v[f] = capped(Fields.TITLE.equals(fields[f]) ? w.title() : w.abstractText());
          }
          values.add(v);
        }
        return values;
      }

      @Override
      protected BreakIterator getBreakIterator(String field) {
        return Fields.TITLE.equals(field)
            ? new WholeBreakIterator()
            : BreakIterator.getSentenceInstance(Locale.ROOT);
      }
    };
  }
}
