package dev.cvsearch.indexer.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The search core that the server, the CLI and the benchmark share. Implementations are thread-safe
 * and follow the live index generation: a reindex from another process is served within seconds,
 * without a restart and without failing a request in flight.
 */
public interface Searcher extends AutoCloseable {
  /**
   * Runs a search.
   *
   * @throws InvalidRequestException for input users can fix (too long, too deep, bad range)
   */
  SearchResponse search(SearchRequest request) throws IOException;

  Optional<WorkDetail> work(String id) throws IOException;

  Optional<PersonDetail> person(String id) throws IOException;

  /** Completions for a prefix over titles, people and venues. */
  List<Suggestion> suggest(String prefix, int limit) throws IOException;

  IndexInfo info() throws IOException;

  /**
   * What a health check needs: the live generation and its document count. Unlike {@link #info()}
   * it reads no facet counts nor the index folder, so a start-up probe stays cheap.
   */
  default Status status() throws IOException {
    IndexInfo i = info();
    return new Status(i.generation(), i.works() + i.people());
  }

  /** The live generation (null before the first index lands) and its works plus people. */
  record Status(String generation, long documents) {}

  @Override
  void close() throws IOException;
}
