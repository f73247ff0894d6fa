package dev.cvsearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Stopping lets requests in flight finish, then closes the index. */
class ShutdownTest {
  @Test
  void a_request_in_flight_finishes_and_then_the_searcher_closes() throws Exception {
    FakeSearcher searcher = new FakeSearcher();
    searcher.delayMs = 1500;
    TestServer server = TestServer.start(searcher);
    CompletableFuture<HttpResponse<String>> inFlight =
        CompletableFuture.supplyAsync(() -> server.get("/api/search?q=slow"));
    assertThat(searcher.entered.await(5, TimeUnit.SECONDS)).isTrue();
    server.close();
    HttpResponse<String> r = inFlight.get(10, TimeUnit.SECONDS);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(searcher.closed).isTrue();
  }
}
