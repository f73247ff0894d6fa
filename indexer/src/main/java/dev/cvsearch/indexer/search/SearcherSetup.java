package dev.cvsearch.indexer.search;

import dev.cvsearch.indexer.index.IndexLabels;
import dev.cvsearch.indexer.schema.Fields;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;

/**
 * Makes the searcher of every reader refresh: sets the ranking's similarity and loads the facet
 * ordinals once, here, because loading them walks every document and must not happen per request.
 * They are kept per reader and dropped when the reader closes.
 */
final class SearcherSetup extends SearcherFactory {
  private final Ranking ranking;
  private final FacetsConfig facetsConfig;
  private final Map<IndexReader.CacheKey, FacetOrdinals> ordinals = new ConcurrentHashMap<>();
  private final Map<IndexReader.CacheKey, ReaderLabels> labels = new ConcurrentHashMap<>();

  SearcherSetup(Ranking ranking, FacetsConfig facetsConfig) {
    this.ranking = ranking;
    this.facetsConfig = facetsConfig;
  }

  @Override
  public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader)
      throws IOException {
    IndexSearcher searcher = new SplitSearcher(reader);
    searcher.setSimilarity(ranking.similarity());
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper != null) {
      IndexReader.CacheKey key = helper.getKey();
      FacetOrdinals.load(reader, facetsConfig, Fields.TYPE).ifPresent(o -> ordinals.put(key, o));
      labels.put(key, new ReaderLabels(storedLabels(reader)));
      helper.addClosedListener(
          k -> {
            ordinals.remove(k);
            labels.remove(k);
          });
    }
    return searcher;
  }

  /** The facet ordinals of a searcher's reader; empty when the index has no facets (empty index). */
  Optional<FacetOrdinals> ordinals(IndexSearcher searcher) {
    IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
    return helper == null ? Optional.empty() : Optional.ofNullable(ordinals.get(helper.getKey()));
  }

  /** The label cache of a searcher's reader (venue names by id). */
  ReaderLabels labels(IndexSearcher searcher) {
    IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
    ReaderLabels l = helper == null ? null : labels.get(helper.getKey());
    return l == null ? new ReaderLabels() : l;
  }

  /** The labels file of the reader's generation directory, if it has one. */
  private static IndexLabels storedLabels(IndexReader reader) throws IOException {
    if (reader instanceof DirectoryReader dr
        && FilterDirectory.unwrap(dr.directory()) instanceof FSDirectory fs) {
      return IndexLabels.read(fs.getDirectory());
    }
    return IndexLabels.EMPTY;
  }
}
