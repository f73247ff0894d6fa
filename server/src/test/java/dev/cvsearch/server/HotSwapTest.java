package dev.cvsearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvsearch.indexer.search.IndexInfo;
import dev.cvsearch.server.cli.Indexes;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reindex from another thread swaps the index under a running server with no failed request. */
class HotSwapTest {
  @TempDir Path index;

  @Test
  void reindex_while_searching_fails_no_request_and_is_served_within_two_seconds()
      throws Exception {
    SeedIndex.build(index);
    try (TestServer server = TestServer.start(Indexes.open(index))) {
      String before = server.getJson("/api/stats", IndexInfo.class).generation();
      AtomicBoolean running = new AtomicBoolean(true);
      AtomicInteger ok = new AtomicInteger();
      ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
      ExecutorService pool = Executors.newFixedThreadPool(3);
      List<Future<?>> loops = new ArrayList<>();
      String[] paths = {"/api/search?q=speech&size=20", "/api/search?q=&venue=icassp&type=work",
          "/api/stats"};
      for (String path : paths) {
        loops.add(pool.submit(() -> {
          while (running.get()) {
            HttpResponse<String> r = server.get(path);
            if (r.statusCode() == 200) {
              ok.incrementAndGet();
            } else {
              failures.add(path + " -> " + r.statusCode() + " " + r.body());
            }
          }
        }));
      }
      Thread.sleep(200);
      SeedIndex.build(index);
      long built = System.nanoTime();
      String after = before;
      while (after.equals(before) && System.nanoTime() - built < TimeUnit.SECONDS.toNanos(2)) {
        Thread.sleep(50);
        after = server.getJson("/api/stats", IndexInfo.class).generation();
      }
      Thread.sleep(300);
      running.set(false);
      for (Future<?> f : loops) {
        f.get(10, TimeUnit.SECONDS);
      }
      pool.shutdown();
      assertThat(failures).isEmpty();
      assertThat(ok.get()).isGreaterThan(10);
      assertThat(after).as("new generation served within 2 s").isNotEqualTo(before);
    }
  }
}
