package dev.cvsearch.server;

import dev.cvsearch.indexer.search.IndexInfo;
import dev.cvsearch.indexer.search.PersonDetail;
import dev.cvsearch.indexer.search.SearchRequest;
import dev.cvsearch.indexer.search.SearchResponse;
import dev.cvsearch.indexer.search.Searcher;
import dev.cvsearch.indexer.search.Suggestion;
import dev.cvsearch.indexer.search.WorkDetail;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A searcher for failure injection (broken index, slow requests) that a real index cannot produce
 * on demand. Behaviour tests run against the real SearchService.
 */
final class FakeSearcher implements Searcher {
  volatile boolean broken;
  volatile long delayMs;
  final CountDownLatch entered = new CountDownLatch(1);
  final AtomicBoolean closed = new AtomicBoolean();
  volatile SearchRequest lastRequest;

  @Override
  public SearchResponse search(SearchRequest request) throws IOException {
    lastRequest = request;
    entered.countDown();
    if (delayMs > 0) {
      try {
        Thread.sleep(delayMs);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (broken) {
      throw new IOException("/secret/path/index: read past EOF");
    }
    if (closed.get()) {
      throw new IllegalStateException("searched after close");
    }
    return new SearchResponse(0, request.page(), request.size(), 1, List.of(), Map.of(), null);
  }

  @Override
  public Optional<WorkDetail> work(String id) throws IOException {
    return Optional.empty();
  }

  @Override
  public Optional<PersonDetail> person(String id) throws IOException {
    return Optional.empty();
  }

  @Override
  public List<Suggestion> suggest(String prefix, int limit) throws IOException {
    return List.of();
  }

  @Override
  public IndexInfo info() throws IOException {
    if (broken) {
      throw new IOException("/secret/path/index: no segments file");
    }
    return new IndexInfo(0, 0, Map.of(), Map.of(), "0", "2025-01-01T00:00:00Z", 0);
  }

  @Override
  public void close() {
    closed.set(true);
  }
}
