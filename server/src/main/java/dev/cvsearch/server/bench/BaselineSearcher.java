package dev.cvsearch.server.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The baseline's search: every word (or the phrase) must match one of title, abstract or authors —
 * the AND of per-word field disjunctions, which is what our core does for 1–4 word queries — with
 * the query's filters as drill-down clauses, BM25 defaults, the top 10 with id and title read from
 * stored fields, and plain (not drill-sideways) facet counts for the four dimensions. Thread-safe.
 */
final class BaselineSearcher implements AutoCloseable {
  /** Facet values per dimension: as many as our core returns. */
  private static final Map<String, Integer> TOP =
      Map.of(
          BaselineIndexer.VENUE,
          20,
          BaselineIndexer.TOPIC,
          20,
          BaselineIndexer.YEAR,
          60,
          BaselineIndexer.TYPE,
          2);

  private final FSDirectory dir;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState state;
  private final FacetsConfig config = BaselineIndexer.facetsConfig();
  private final Analyzer analyzer = new EnglishAnalyzer();

  /** A hit as the baseline returns it. */
  record Hit(String id, String title, float score) {}

  /** A facet value. */
  record Count(String value, long count) {}

  /** The baseline's answer. */
  record Response(long total, List<Hit> hits, Map<String, List<Count>> facets) {}

  BaselineSearcher(Path dirPath) throws IOException {
    dir = FSDirectory.open(dirPath);
    reader = DirectoryReader.open(dir);
    searcher = new IndexSearcher(reader);
    state = new DefaultSortedSetDocValuesReaderState(reader, config);
  }

  Response search(BenchQuery q) throws IOException {
    DrillDownQuery ddq = new DrillDownQuery(config, textQuery(q.text()));
    if (q.type() != null) {
      ddq.add(BaselineIndexer.TYPE, q.type());
    }
    if (q.venue() != null) {
      ddq.add(BaselineIndexer.VENUE, q.venue());
    }
    if (q.topic() != null) {
      ddq.add(BaselineIndexer.TOPIC, q.topic());
    }
    if (q.year() != null) {
      ddq.add(BaselineIndexer.YEAR, Integer.toString(q.year()));
    }
    FacetsCollectorManager.FacetsResult r =
        FacetsCollectorManager.search(searcher, ddq, BenchQuery.HITS, new FacetsCollectorManager());
    TopDocs top = r.topDocs();
    StoredFields stored = searcher.storedFields();
    List<Hit> hits = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      var doc = stored.document(sd.doc);
      hits.add(new Hit(doc.get(BaselineIndexer.ID), doc.get(BaselineIndexer.TITLE), sd.score));
    }
    return new Response(top.totalHits.value(), hits, facets(r.facetsCollector()));
  }

  private Map<String, List<Count>> facets(FacetsCollector fc) throws IOException {
    Facets facets = new SortedSetDocValuesFacetCounts(state, fc);
    Map<String, List<Count>> out = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> dim : TOP.entrySet()) {
      List<Count> counts = new ArrayList<>();
      if (state.getPrefixToOrdRange().containsKey(dim.getKey())) {
        FacetResult res = facets.getTopChildren(dim.getValue(), dim.getKey());
        if (res != null) {
          for (LabelAndValue lv : res.labelValues) {
            counts.add(new Count(lv.label, lv.value.longValue()));
          }
        }
      }
      out.put(dim.getKey(), counts);
    }
    return out;
  }

  /** AND over the words; each word (or the whole phrase) in any of the text fields. */
  Query textQuery(String text) {
    String t = text.strip();
    boolean phrase = t.length() > 1 && t.startsWith("\"") && t.endsWith("\"");
    List<String> tokens = analyze(phrase ? t.substring(1, t.length() - 1) : t);
    if (tokens.isEmpty()) {
      return new MatchAllDocsQuery();
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    if (phrase && tokens.size() > 1) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String field : BaselineIndexer.TEXT_FIELDS) {
        any.add(new PhraseQuery(field, tokens.toArray(String[]::new)), Occur.SHOULD);
      }
      all.add(any.build(), Occur.MUST);
      return all.build();
    }
    for (String token : tokens) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String field : BaselineIndexer.TEXT_FIELDS) {
        any.add(new TermQuery(new Term(field, token)), Occur.SHOULD);
      }
      all.add(any.build(), Occur.MUST);
    }
    return all.build();
  }

  private List<String> analyze(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(BaselineIndexer.TITLE, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a query string cannot fail", e);
    }
    return out;
  }

  long numDocs() {
    return reader.numDocs();
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      dir.close();
    }
  }
}
