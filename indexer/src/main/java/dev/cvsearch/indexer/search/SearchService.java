package dev.cvsearch.indexer.search;

import dev.cvsearch.indexer.index.GenerationInfo;
import dev.cvsearch.indexer.schema.Fields;
import dev.cvsearch.indexer.schema.Schema;
import dev.cvsearch.indexer.search.LiveIndex.Lease;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The search core over the live index: queries in the user syntax, multi-select facets, highlights,
 * expert finding, autocomplete and did-you-mean, and the detail pages. Thread-safe; follows the
 * index generation pointer, swapping generations without failing a search in flight.
 */
public final class SearchService implements Searcher {
  private final LiveIndex live;
  private final SearcherSetup setup;
  private final Ranking ranking;
  private final Map<Path, QueryFactory> queriesByGeneration = new ConcurrentHashMap<>();
  private final FacetReader facetReader;
  private final ResultPage pages;
  private final Suggester suggester;
  private volatile CachedInfo info;

  private SearchService(LiveIndex live, SearcherSetup setup, Ranking ranking) {
    // Did-you-mean and autocomplete look terms up as typed: no synonyms.
    Analyzer analyzer = Schema.plainQueryAnalyzer();
    FacetsConfig config = Schema.facetsConfig();
    this.live = live;
    this.setup = setup;
    this.ranking = ranking;
    this.facetReader = new FacetReader(config);
    this.pages =
        new ResultPage(
            config, facetReader, new Highlights(), new Spelling(analyzer));
    this.suggester = new Suggester(analyzer, facetReader);
  }

  /** Opens the live generation of an index directory (none yet: empty results until one lands). */
  public static SearchService open(Path indexDir) throws IOException {
    return open(indexDir, Ranking.DEFAULT);
  }

  /** Opens with other ranking parameters, for measurements. */
  public static SearchService open(Path indexDir, Ranking ranking) throws IOException {
    SearcherSetup setup = new SearcherSetup(ranking, Schema.facetsConfig());
    return new SearchService(new LiveIndex(Generations.locator(indexDir), setup), setup, ranking);
  }

  @Override
  public SearchResponse search(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    Validation.check(request);
    ParsedQuery parsed = UserQueryParser.parse(request.query());
    try (Lease lease = live.acquire();
        SplitSearcher.Busy busy = SplitSearcher.busy()) {
      IndexSearcher searcher = lease.searcher();
      if (searcher == null || searcher.getIndexReader().numDocs() == 0) {
        return pages.empty(request, start);
      }
      return pages.search(
          new ResultPage.Context(
              new StoredRecords(searcher), setup.ordinals(searcher), setup.labels(searcher)),
          queries(lease),
          parsed,
          request,
          start);
    } catch (IndexSearcher.TooManyClauses e) {
      // Few words can still expand to thousands of terms (a run of CJK characters is one token
      // each, times every field): the user's query is too big, not the server broken.
      throw new InvalidRequestException(
          "q", "query too complex: it expands to more than " + IndexSearcher.getMaxClauseCount()
              + " terms; use fewer or shorter words");
    }
  }

  /**
   * The query factory of a generation: its analyzer adds the acronyms mined from that generation's
   * corpus to the curated ones, so it is built once per generation, not per request. An index
   * written before the index marked acronyms keeps looking long forms up as phrases.
   */
  private QueryFactory queries(Lease lease) throws IOException {
    Path generationDir = lease.generationDir();
    QueryFactory q = queriesByGeneration.get(generationDir);
    if (q == null) {
      Analyzer phrases = Schema.phraseAnalyzer(generationDir);
      q =
          marksAcronyms(lease.searcher().getIndexReader())
              ? new QueryFactory(Schema.queryAnalyzer(generationDir), phrases, ranking)
              : new QueryFactory(phrases, ranking);
      if (queriesByGeneration.size() > 2) {
        queriesByGeneration.clear(); // old generations; the live one is rebuilt on its next use
      }
      queriesByGeneration.put(generationDir, q);
    }
    return q;
  }

  private static boolean marksAcronyms(IndexReader reader) throws IOException {
    if (!(reader instanceof DirectoryReader dr)) {
      return false;
    }
    Map<String, String> data = dr.getIndexCommit().getUserData();
    return Schema.ANALYSIS.entrySet().stream()
        .allMatch(e -> e.getValue().equals(data.get(e.getKey())));
  }

  @Override
  public Optional<WorkDetail> work(String id) throws IOException {
    try (Lease lease = live.acquire()) {
      if (lease.searcher() == null || id == null) {
        return Optional.empty();
      }
      StoredRecords records = new StoredRecords(lease.searcher());
      return Details.work(records, new HitFactory(records, setup.labels(lease.searcher())), id);
    }
  }

  @Override
  public Optional<PersonDetail> person(String id) throws IOException {
    try (Lease lease = live.acquire()) {
      if (lease.searcher() == null || id == null) {
        return Optional.empty();
      }
      StoredRecords records = new StoredRecords(lease.searcher());
      return Details.person(records, new HitFactory(records, setup.labels(lease.searcher())), id);
    }
  }

  @Override
  public List<Suggestion> suggest(String prefix, int limit) throws IOException {
    try (Lease lease = live.acquire()) {
      IndexSearcher searcher = lease.searcher();
      if (searcher == null || searcher.getIndexReader().numDocs() == 0) {
        return List.of();
      }
      return suggester.suggest(
          new StoredRecords(searcher),
          setup.ordinals(searcher),
          setup.labels(searcher),
          prefix,
          Math.min(Math.max(limit, 0), 50));
    }
  }

  @Override
  public Status status() throws IOException {
    try (Lease lease = live.acquire()) {
      IndexSearcher searcher = lease.searcher();
      // Every live document is a work or a person.
      return searcher == null
          ? new Status(null, 0)
          : new Status(lease.generationName(), searcher.getIndexReader().numDocs());
    }
  }

  @Override
  public IndexInfo info() throws IOException {
    try (Lease lease = live.acquire()) {
      IndexSearcher searcher = lease.searcher();
      if (searcher == null) {
        return new IndexInfo(0, 0, Map.of(), Map.of(), null, null, 0);
      }
      // A generation never changes once live: its figures are computed once per reader.
      CachedInfo cached = info;
      if (cached != null && cached.searcher() == searcher) {
        return cached.info();
      }
      IndexInfo computed = computeInfo(lease, searcher);
      info = new CachedInfo(searcher, computed);
      return computed;
    }
  }

  private record CachedInfo(IndexSearcher searcher, IndexInfo info) {}

  private IndexInfo computeInfo(Lease lease, IndexSearcher searcher) throws IOException {
    StoredRecords records = new StoredRecords(searcher);
    long works = searcher.count(ExpertFinder.typeQuery(HitFactory.WORK));
    long people = searcher.count(ExpertFinder.typeQuery(HitFactory.PERSON));
    ReaderLabels labels = setup.labels(searcher);
    Optional<GenerationInfo> written = Generations.info(lease.generationDir());
    Map<String, Long> formats =
        written.isPresent()
            ? written.get().bySourceFormat()
            : labels.bySourceFormat(() -> Details.bySourceFormat(records));
    return new IndexInfo(
        works,
        people,
        formats,
        topVenues(searcher, records, labels),
        lease.generationName(),
        written.map(GenerationInfo::builtAt).orElse(Generations.builtAt(searcher.getIndexReader())),
        Details.sizeOnDisk(lease.generationDir()));
  }

  private Map<String, Long> topVenues(
      IndexSearcher searcher, StoredRecords records, ReaderLabels labels) throws IOException {
    Optional<FacetOrdinals> ordinals = setup.ordinals(searcher);
    Map<String, Long> venues = new LinkedHashMap<>();
    if (ordinals.isEmpty() || !ordinals.get().has(Fields.VENUE)) {
      return venues;
    }
    FacetOrdinals ords = ordinals.get();
    SearchRequest works =
        new SearchRequest("", HitFactory.WORK, null, null, null, null, null, null, null, 1, 1);
    int[] counts =
        FacetedSearch.search(
                searcher,
                ords,
                FacetSelection.of(ords, works, true),
                new MatchAllDocsQuery(),
                (CollectorManager<Collector, TopDocs>) null)
            .counts();
    for (FacetOrdinals.Count c : ords.top(Fields.VENUE, 20, counts)) {
      venues.put(facetReader.label(Fields.VENUE, c.value(), records, labels), (long) c.count());
    }
    return venues;
  }

  /** The live generation's name, or null before the first index lands. */
  public String generation() {
    return live.generation();
  }

  /** Checks the generation pointer now instead of waiting for the watcher thread. */
  public void refresh() throws IOException {
    live.refresh();
  }

  @Override
  public void close() {
    live.close();
  }

  /** The ids of hits, sorted, for tests and tools. */
  static Set<String> ids(List<SearchHit> hits) {
    Set<String> ids = new TreeSet<>();
    hits.forEach(h -> ids.add(h.id()));
    return ids;
  }
}
