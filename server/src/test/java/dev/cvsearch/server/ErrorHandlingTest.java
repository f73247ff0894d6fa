package dev.cvsearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvsearch.server.api.Problem;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Failures the client cannot cause: a broken index is a 503 without internals. */
class ErrorHandlingTest {
  private final FakeSearcher searcher = new FakeSearcher();
  private TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.start(searcher);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void broken_index_is_503_problem_without_internals() {
    searcher.broken = true;
    HttpResponse<String> r = server.get("/api/search?q=speech");
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(Problem.CONTENT_TYPE);
    Problem p = TestServer.read(r.body(), Problem.class);
    assertThat(p.status()).isEqualTo(503);
    assertThat(p.title()).isEqualTo("Service Unavailable");
    assertThat(r.body()).doesNotContain("secret", "EOF", "Exception", "at dev.");
  }

  @Test
  void broken_index_makes_health_503() {
    searcher.broken = true;
    assertThat(server.get("/api/health").statusCode()).isEqualTo(503);
  }

  @Test
  void metrics_still_answer_when_the_index_is_broken() {
    searcher.broken = true;
    HttpResponse<String> r = server.get("/metrics");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("cvsearch_index_up 0");
  }
}
