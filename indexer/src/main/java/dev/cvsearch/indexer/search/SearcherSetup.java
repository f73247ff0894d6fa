package dev.cvsearch.indexer.search;

import dev.cvsearch.indexer.index.IndexLabels;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;

/**
 * Makes the searcher of every reader refresh: sets the ranking's similarity and builds the facet
 * state once, here, because building it walks every ordinal and must not happen per request. The
 * state is kept per reader and dropped when the reader closes.
 */
final class SearcherSetup extends SearcherFactory {
  private final Ranking ranking;
  private final FacetsConfig facetsConfig;
  private final Map<IndexReader.CacheKey, SortedSetDocValuesReaderState> states =
      new ConcurrentHashMap<>();
  private final Map<IndexReader.CacheKey, ReaderLabels> labels = new ConcurrentHashMap<>();

  SearcherSetup(Ranking ranking, FacetsConfig facetsConfig) {
    this.ranking = ranking;
    this.facetsConfig = facetsConfig;
  }

  @Override
  public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader)
      throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    searcher.setSimilarity(ranking.similarity());
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper != null) {
      IndexReader.CacheKey key = helper.getKey();
      facetState(reader).ifPresent(state -> states.put(key, state));
      labels.put(key, new ReaderLabels(storedLabels(reader)));
      helper.addClosedListener(
          k -> {
            states.remove(k);
            labels.remove(k);
          });
    }
    return searcher;
  }

  /** The facet state of a searcher's reader; empty when the index has no facets (empty index). */
  Optional<SortedSetDocValuesReaderState> state(IndexSearcher searcher) {
    IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
    return helper == null ? Optional.empty() : Optional.ofNullable(states.get(helper.getKey()));
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

  private Optional<SortedSetDocValuesReaderState> facetState(IndexReader reader)
      throws IOException {
    // Any dim gives the shared index field; all our dims use the default one.
    String field = facetsConfig.getDimConfig(dev.cvsearch.indexer.schema.Fields.TYPE).indexFieldName;
    FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(field);
    if (reader.numDocs() == 0 || info == null || info.getDocValuesType() != DocValuesType.SORTED_SET) {
      return Optional.empty();
    }
    return Optional.of(new DefaultSortedSetDocValuesReaderState(reader, field, facetsConfig));
  }
}
