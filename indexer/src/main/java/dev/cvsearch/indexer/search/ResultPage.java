package dev.cvsearch.indexer.search;

import dev.cvsearch.indexer.schema.Fields;
import dev.cvsearch.indexer.schema.StoredHit;
import dev.cvsearch.indexer.search.ExpertFinder.Expert;
import dev.cvsearch.indexer.search.QueryFactory.Mode;
import dev.cvsearch.indexer.search.SearchHit.Evidence;
import dev.cvsearch.indexer.search.StoredRecords.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
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
 * Runs one search request to a response: the query with the request's filters, multi-select facet
 * counts and exact totals ({@link FacetedSearch}), the page of hits with
 * highlights, people by expert finding, and a relaxed retry when requiring every word finds
 * nothing.
 */
final class ResultPage {
  /** Evidence works shown with a person in mixed results. */
  private static final int MIXED_EVIDENCE = 3;

  /** What one request reads from its leased searcher. */
  record Context(StoredRecords records, Optional<FacetOrdinals> ordinals, ReaderLabels labels) {
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
    // Every query of the request looks its terms up once, however often it is retried.
    TermLookups terms = new TermLookups(ctx.searcher());
    Query names =
        people && !parsed.isEmpty()
            ? terms.bind(queries.build(parsed, Mode.ALL, nameFields()))
            : null;
    Mode mode = queries.initialMode(parsed);
    Query text = terms.bind(queries.build(parsed, mode));
    boolean relaxable =
        mode == Mode.ALL
            && QueryFactory.relaxable(parsed)
            && !(people && namesAnAuthor(ctx, queries, terms, parsed));
    // One finder for the request: a relaxed retry reuses its look-up of the names.
    ExpertFinder finder = people ? new ExpertFinder(ctx.records()) : null;
    Outcome o = people ? experts(ctx, finder, text, names, r, !relaxable) : documents(ctx, text, r);
    boolean relaxed = false;
    if (o.total == 0 && relaxable) {
      // Requiring every word found nothing: require all but one, then rank by whichever occur.
      // Each step is cheaper and more precise than jumping to any word, which for a title with
      // one word the index lacks would rank half the corpus by its commonest words.
      Query most = terms.bind(queries.build(parsed, Mode.MOST));
      Query any = terms.bind(queries.build(parsed, Mode.ANY));
      // With two words, or more than MOST_UP_TO, all but one is any: one step.
      boolean twoSteps = !most.equals(any);
      text = twoSteps ? most : any;
      o = people ? experts(ctx, finder, text, names, r, !twoSteps) : documents(ctx, text, r);
      if (o.total == 0 && twoSteps) {
        text = any;
        o = people ? experts(ctx, finder, text, names, r, true) : documents(ctx, text, r);
      }
      relaxed = true;
    }
    // Few results, or only partial matches: a word may be misspelt.
    String didYouMean =
        (o.total < 3 || relaxed) && !parsed.isEmpty()
            ? spelling.suggest(ctx.records(), parsed, r.query())
            : null;
    return new SearchResponse(o.total, r.page(), r.size(), millis(start), o.hits, o.facets, didYouMean);
  }

  private Outcome documents(Context ctx, Query text, SearchRequest r) throws IOException {
    int n = r.page() * r.size();
    FacetedSearch.Result f =
        r.sort() == SearchRequest.Sort.NEWEST
            ? faceted(ctx, text, r, true, new TopFieldCollectorManager(newest(), n, null, Integer.MAX_VALUE))
            : faceted(ctx, text, r, true, new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE));
    ScoreDoc[] sd = f.top().scoreDocs;
    int from = (r.page() - 1) * r.size();
    int[] docs = new int[Math.max(0, sd.length - from)];
    for (int i = from; i < sd.length; i++) {
      docs[i - from] = sd[i].doc;
    }
    List<Hit> stored = ctx.records().hits(docs);
    Map<Integer, Map<String, List<String>>> snippets =
        highlights.snippets(ctx.searcher(), text, stored);
    HitFactory factory = new HitFactory(ctx.records(), ctx.labels());
    List<SearchHit> list = new ArrayList<>();
    for (int i = from; i < sd.length; i++) {
      StoredHit s = stored.get(i - from).hit();
      Float score =
          Float.isNaN(sd[i].score) || r.sort() == SearchRequest.Sort.NEWEST ? null : sd[i].score;
      List<Evidence> evidence = s.person() ? mixedEvidence(ctx, text, s.id()) : null;
      list.add(factory.hit(s, score, snippets.get(sd[i].doc), evidence));
    }
    return new Outcome(f.total(), list, readFacets(ctx, f.counts(), r));
  }

  /**
   * People ranked by expert finding.
   *
   * @param last false when an empty result will be retried relaxed: its facets are not needed
   */
  private Outcome experts(
      Context ctx, ExpertFinder finder, Query text, Query names, SearchRequest r, boolean last)
      throws IOException {
    Query workFilter = filter(r);
    List<Expert> ranked = finder.rank(text, names, workFilter);
    if (ranked.isEmpty() && !last) {
      return new Outcome(0, List.of(), Map.of());
    }
    int from = Math.min(ranked.size(), (r.page() - 1) * r.size());
    List<Expert> page = ranked.subList(from, Math.min(ranked.size(), from + r.size()));
    List<Hit> stored = new ArrayList<>();
    for (Expert e : page) {
      Optional<Integer> doc = e.doc() >= 0 ? Optional.of(e.doc()) : ctx.records().docOf(e.id());
      if (doc.isPresent()) {
        Hit h = ctx.records().hit(doc.get(), true);
        if (h.hit().person()) {
          stored.add(h);
        }
      }
    }
    Map<Integer, Map<String, List<String>>> snippets =
        highlights.snippets(ctx.searcher(), text, stored);
    HitFactory factory = new HitFactory(ctx.records(), ctx.labels());
    Map<String, Expert> byId = new HashMap<>();
    page.forEach(e -> byId.put(e.id(), e));
    List<SearchHit> list = new ArrayList<>();
    for (Hit h : stored) {
      Expert e = byId.get(h.hit().id());
      // Only the people on the page have their evidence read.
      List<Evidence> evidence =
          finder.works(finder.evidence(e, text, workFilter)).stream()
              .map(HitFactory::evidence)
              .toList();
      list.add(factory.hit(h.hit(), e.score(), snippets.get(h.doc()), evidence));
    }
    // Facets describe the works behind the people; the type dim shows both kinds.
    FacetedSearch.Result f = faceted(ctx, text, r, false, null);
    return new Outcome(ranked.size(), list, readFacets(ctx, f.counts(), r));
  }

  /**
   * Whether every word of a query is part of some author's name ("Weiming Li"). A people query
   * like that names someone. When nobody is found under all its words, relaxing it would rank
   * people by works that merely share a first name or an initial with it, so it is not relaxed.
   */
  private static boolean namesAnAuthor(
      Context ctx, QueryFactory queries, TermLookups terms, ParsedQuery parsed) throws IOException {
    Query authors = terms.bind(queries.build(parsed, Mode.ALL, Map.of(Fields.AUTHORS, 1f)));
    if (!(authors instanceof BooleanQuery q)) {
      return false;
    }
    for (BooleanClause c : q.clauses()) {
      if (c.occur() == Occur.MUST && ctx.searcher().count(c.query()) == 0) {
        return false;
      }
    }
    return true;
  }

  private List<Evidence> mixedEvidence(Context ctx, Query text, String personId)
      throws IOException {
    Query q =
        ExpertFinder.and(
            ExpertFinder.and(text, ExpertFinder.typeQuery(HitFactory.WORK)),
            new TermQuery(new Term(Fields.PEOPLE, personId)));
    List<ExpertFinder.ScoredDoc> works = new ArrayList<>();
    for (ScoreDoc sd : ctx.searcher().search(q, MIXED_EVIDENCE).scoreDocs) {
      works.add(new ExpertFinder.ScoredDoc(sd.doc, sd.score));
    }
    return new ExpertFinder(ctx.records()).works(works).stream().map(HitFactory::evidence).toList();
  }

  /**
   * Hits, total and facet counts of the text query under the request's filters.
   *
   * @param withType whether the request's type filters (not for people, whose facets describe
   *     works)
   * @param hits collects the page, or null for counts only
   */
  private <C extends Collector> FacetedSearch.Result faceted(
      Context ctx,
      Query text,
      SearchRequest r,
      boolean withType,
      CollectorManager<C, ? extends TopDocs> hits)
      throws IOException {
    if (ctx.ordinals().isPresent()) {
      FacetOrdinals ords = ctx.ordinals().get();
      return FacetedSearch.search(
          ctx.searcher(), ords, FacetSelection.of(ords, r, withType), text, hits);
    }
    // No facet values (an index without documents): the filters as plain clauses, no counts.
    Query all = ExpertFinder.and(text, Filters.conjunction(Filters.dims(config, r, withType)));
    if (hits == null) {
      return new FacetedSearch.Result(null, ctx.searcher().count(all), null);
    }
    TopDocs top = ctx.searcher().search(all, hits);
    return new FacetedSearch.Result(top, top.totalHits.value(), null);
  }

  private Map<String, List<FacetValue>> readFacets(Context ctx, int[] counts, SearchRequest r) {
    return facetReader.read(
        ctx.ordinals().orElse(null), counts, selected(r), ctx.records(), ctx.labels());
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

  /**
   * Newest first: by date (a dated listing's day, else the year), then relevance; undated last.
   */
  private static Sort newest() {
    SortField date = IntField.newSortField(Fields.DATE, true, SortedNumericSelector.Type.MAX);
    date.setMissingValue(Integer.MIN_VALUE);
    return new Sort(date, SortField.FIELD_SCORE);
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
