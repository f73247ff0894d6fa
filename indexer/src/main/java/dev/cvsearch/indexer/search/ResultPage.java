package dev.cvsearch.indexer.search;

import dev.cvsearch.indexer.schema.Fields;
import dev.cvsearch.indexer.search.ExpertFinder.Expert;
import dev.cvsearch.indexer.search.QueryFactory.Mode;
import dev.cvsearch.indexer.search.SearchHit.Evidence;
import dev.cvsearch.indexer.search.StoredRecords.Stored;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.document.IntField;

/**
 * Runs one search request to a response: the query with the request's filters as drill-downs
 * (multi-select facet counts by {@link DrillSideways}), exact totals, the page of hits with
 * highlights, people by expert finding, and a relaxed retry when requiring every word finds
 * nothing.
 */
final class ResultPage {
  /** Evidence works shown with a person in mixed results. */
  private static final int MIXED_EVIDENCE = 3;

  /** What one request reads from its leased searcher. */
  record Context(
      StoredRecords records,
      Optional<SortedSetDocValuesReaderState> state,
      ReaderLabels labels) {
    IndexSearcher searcher() {
      return records.searcher();
    }
  }

  private record Outcome(long total, List<SearchHit> hits, Map<String, List<FacetValue>> facets) {}

  private final FacetsConfig config;
  private final FacetReader facetReader;
  private final Highlights highlights;
  private final Spelling spelling;

  ResultPage(FacetsConfig config, FacetReader facetReader, Highlights highlights, Spelling spelling) {
    this.config = config;
    this.facetReader = facetReader;
    this.highlights = highlights;
    this.spelling = spelling;
  }

  SearchResponse empty(SearchRequest r, long start) throws IOException {
    Map<String, List<FacetValue>> facets =
        facetReader.read(null, null, selected(r), null, new ReaderLabels());
    return new SearchResponse(0, r.page(), r.size(), millis(start), List.of(), facets, null);
  }

  SearchResponse search(
      Context ctx, QueryFactory queries, ParsedQuery parsed, SearchRequest r, long start)
      throws IOException {
    boolean people = HitFactory.PERSON.equals(r.type());
    Query names = people && !parsed.isEmpty() ? queries.build(parsed, Mode.ALL, nameFields()) : null;
    Mode mode = queries.initialMode(parsed);
    Query text = queries.build(parsed, mode);
    Outcome o = people ? experts(ctx, text, names, r) : documents(ctx, text, r);
    if (o.total == 0 && mode == Mode.ALL && QueryFactory.relaxable(parsed)) {
      // Requiring every word found nothing: rank by the words that do occur instead.
      text = queries.build(parsed, Mode.ANY);
      o = people ? experts(ctx, text, names, r) : documents(ctx, text, r);
    }
    String didYouMean =
        o.total < 3 && !parsed.isEmpty()
            ? spelling.suggest(ctx.searcher(), parsed, r.query())
            : null;
    return new SearchResponse(o.total, r.page(), r.size(), millis(start), o.hits, o.facets, didYouMean);
  }

  private Outcome documents(Context ctx, Query text, SearchRequest r) throws IOException {
    int n = r.page() * r.size();
    CollectorManager<?, ? extends TopDocs> hits =
        r.sort() == SearchRequest.Sort.NEWEST
            ? new TopFieldCollectorManager(newest(), n, null, Integer.MAX_VALUE)
            : new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE);
    Faceted f = faceted(ctx, text, Filters.dims(config, r, true), hits);
    ScoreDoc[] sd = f.top.scoreDocs;
    int from = (r.page() - 1) * r.size();
    List<Stored> stored = new ArrayList<>();
    for (int i = from; i < sd.length; i++) {
      stored.add(ctx.records().load(sd[i].doc));
    }
    Map<Integer, Map<String, List<String>>> snippets =
        highlights.snippets(ctx.searcher(), text, stored);
    HitFactory factory = new HitFactory(ctx.records(), ctx.labels());
    List<SearchHit> list = new ArrayList<>();
    for (int i = from; i < sd.length; i++) {
      Stored s = stored.get(i - from);
      Float score =
          Float.isNaN(sd[i].score) || r.sort() == SearchRequest.Sort.NEWEST ? null : sd[i].score;
      List<Evidence> evidence = s.isWork() ? null : mixedEvidence(ctx, text, s.id());
      list.add(factory.hit(s, score, snippets.get(sd[i].doc), evidence));
    }
    return new Outcome(f.top.totalHits.value(), list, readFacets(ctx, f.facets, r));
  }

  private Outcome experts(Context ctx, Query text, Query names, SearchRequest r)
      throws IOException {
    Query workFilter = filter(r);
    ExpertFinder finder = new ExpertFinder(ctx.records());
    List<Expert> ranked = finder.rank(text, names, workFilter);
    int from = Math.min(ranked.size(), (r.page() - 1) * r.size());
    List<Expert> page = ranked.subList(from, Math.min(ranked.size(), from + r.size()));
    List<Stored> stored = new ArrayList<>();
    for (Expert e : page) {
      ctx.records().byId(e.id()).filter(s -> !s.isWork()).ifPresent(stored::add);
    }
    Map<Integer, Map<String, List<String>>> snippets =
        highlights.snippets(ctx.searcher(), text, stored);
    HitFactory factory = new HitFactory(ctx.records(), ctx.labels());
    Map<String, Expert> byId = new HashMap<>();
    page.forEach(e -> byId.put(e.id(), e));
    List<SearchHit> list = new ArrayList<>();
    for (Stored s : stored) {
      Expert e = byId.get(s.id());
      // Only the people on the page have their evidence records read.
      List<Evidence> evidence =
          finder.works(e.evidence()).stream().map(HitFactory::evidence).toList();
      list.add(factory.hit(s, e.score(), snippets.get(s.doc()), evidence));
    }
    // Facets describe the works behind the people; the type dim shows both kinds.
    Faceted f =
        faceted(
            ctx, text, Filters.dims(config, r, false), new TopScoreDocCollectorManager(1, 1));
    return new Outcome(ranked.size(), list, readFacets(ctx, f.facets, r));
  }

  private List<Evidence> mixedEvidence(Context ctx, Query text, String personId)
      throws IOException {
    Query q =
        ExpertFinder.and(
            ExpertFinder.and(text, ExpertFinder.typeQuery(HitFactory.WORK)),
            new TermQuery(new Term(Fields.PEOPLE, personId)));
    List<Evidence> out = new ArrayList<>();
    for (ScoreDoc sd : ctx.searcher().search(q, MIXED_EVIDENCE).scoreDocs) {
      Stored s = ctx.records().load(sd.doc);
      if (s.isWork()) {
        out.add(HitFactory.evidence(s.work()));
      }
    }
    return out;
  }

  private record Faceted(TopDocs top, Facets facets) {}

  private Faceted faceted(
      Context ctx, Query text, Map<String, Query> dims, CollectorManager<?, ? extends TopDocs> hits)
      throws IOException {
    DrillDownQuery ddq = new DrillDownQuery(config, text);
    dims.forEach(ddq::add);
    if (ctx.state().isEmpty()) {
      return new Faceted(ctx.searcher().search(ddq, hits), null);
    }
    if (dims.isEmpty()) {
      // Nothing selected: sideways counts are the plain counts, so one pass gives hits and facets.
      Object[] both =
          ctx.searcher().search(ddq, new MultiCollectorManager(hits, new FacetsCollectorManager()));
      return new Faceted(
          (TopDocs) both[0],
          new SortedSetDocValuesFacetCounts(ctx.state().get(), (FacetsCollector) both[1]));
    }
    DrillSideways ds = new DrillSideways(ctx.searcher(), config, ctx.state().get());
    DrillSideways.ConcurrentDrillSidewaysResult<? extends TopDocs> result = ds.search(ddq, hits);
    return new Faceted(result.collectorResult, result.facets);
  }

  private Map<String, List<FacetValue>> readFacets(Context ctx, Facets facets, SearchRequest r)
      throws IOException {
    return facetReader.read(
        facets, ctx.state().orElse(null), selected(r), ctx.records(), ctx.labels());
  }

  private Query filter(SearchRequest r) {
    return Filters.conjunction(Filters.dims(config, r, false));
  }

  private static Map<String, Set<String>> selected(SearchRequest r) {
    return Filters.selected(r);
  }

  private static Map<String, Float> nameFields() {
    return Map.of(Fields.AUTHORS, 1f, Fields.TITLE, 1f);
  }

  /** Newest first: by date where the index has one, then year, then relevance; undated last. */
  private static Sort newest() {
    SortField date = IntField.newSortField(Fields.DATE, true, SortedNumericSelector.Type.MAX);
    date.setMissingValue(Integer.MIN_VALUE);
    SortField year = IntField.newSortField(Fields.YEAR, true, SortedNumericSelector.Type.MAX);
    year.setMissingValue(Integer.MIN_VALUE);
    return new Sort(date, year, SortField.FIELD_SCORE);
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
