package dev.cvsearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvsearch.server.admin.ReindexStatus;
import dev.cvsearch.server.api.Problem;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The admin API: absent without a token, 401/403 for the wrong caller, 202 for the right one. */
class AdminApiTest {
  private static final String TOKEN = "s3cret-admin-token";

  @Test
  void without_a_token_the_admin_routes_do_not_exist() throws IOException {
    try (TestServer server = TestServer.start(SeedIndex.searcher(), ServerConfig.local(0),
        () -> "rebuilt")) {
      assertThat(post(server, "/api/admin/reindex", "Bearer " + TOKEN).statusCode())
          .isEqualTo(404);
      assertThat(server.get("/api/admin/reindex").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void missing_token_is_401_and_wrong_token_is_403() throws IOException {
    AtomicInteger runs = new AtomicInteger();
    try (TestServer server = TestServer.start(SeedIndex.searcher(),
        ServerConfig.local(0).withAdminToken(TOKEN), () -> "run " + runs.incrementAndGet())) {
      HttpResponse<String> none = post(server, "/api/admin/reindex", null);
      assertThat(none.statusCode()).isEqualTo(401);
      assertThat(none.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
      assertThat(none.headers().firstValue("Content-Type").orElseThrow())
          .startsWith(Problem.CONTENT_TYPE);
      HttpResponse<String> wrong = post(server, "/api/admin/reindex", "Bearer not-it");
      assertThat(wrong.statusCode()).isEqualTo(403);
      assertThat(TestServer.read(wrong.body(), Problem.class).detail()).doesNotContain(TOKEN);
      assertThat(post(server, "/api/admin/reindex", "Basic " + TOKEN).statusCode())
          .isEqualTo(401);
      assertThat(server.get("/api/admin/reindex").statusCode()).isEqualTo(401);
      assertThat(runs).hasValue(0);
    }
  }

  @Test
  void right_token_starts_a_reindex_and_reports_its_status() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (TestServer server = TestServer.start(SeedIndex.searcher(),
        ServerConfig.local(0).withAdminToken(TOKEN), () -> {
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return "4 people, 65 works";
        })) {
      HttpResponse<String> started = post(server, "/api/admin/reindex", "Bearer " + TOKEN);
      assertThat(started.statusCode()).isEqualTo(202);
      ReindexStatus running = TestServer.read(started.body(), ReindexStatus.class);
      assertThat(running.state()).isEqualTo("running");
      assertThat(running.runs()).isEqualTo(1);

      HttpResponse<String> again = post(server, "/api/admin/reindex", "Bearer " + TOKEN);
      assertThat(again.statusCode()).isEqualTo(409);
      assertThat(TestServer.read(again.body(), Problem.class).detail()).contains("already running");

      release.countDown();
      ReindexStatus done = awaitFinished(server);
      assertThat(done.state()).isEqualTo("succeeded");
      assertThat(done.summary()).isEqualTo("4 people, 65 works");
      assertThat(done.durationMs()).isNotNull();
      assertThat(server.get("/metrics").body()).contains("cvsearch_reindex_last_success 1");
    }
  }

  @Test
  void a_failed_reindex_says_so_without_details() throws Exception {
    try (TestServer server = TestServer.start(SeedIndex.searcher(),
        ServerConfig.local(0).withAdminToken(TOKEN), () -> {
          throw new IOException("/home/someone/data/cv.pdf: disk full");
        })) {
      assertThat(post(server, "/api/admin/reindex", "Bearer " + TOKEN).statusCode())
          .isEqualTo(202);
      ReindexStatus done = awaitFinished(server);
      assertThat(done.state()).isEqualTo("failed");
      assertThat(done.summary()).doesNotContain("someone", "disk full");
    }
  }

  @Test
  void the_token_never_shows_in_config_strings() {
    assertThat(ServerConfig.local(0).withAdminToken(TOKEN).toString()).doesNotContain(TOKEN);
  }

  private static ReindexStatus awaitFinished(TestServer server) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri("/api/admin/reindex"))
          .header("Authorization", "Bearer " + TOKEN).GET().build());
      assertThat(r.statusCode()).isEqualTo(200);
      ReindexStatus s = TestServer.read(r.body(), ReindexStatus.class);
      if (!s.running()) {
        return s;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("reindex did not finish");
  }

  static HttpResponse<String> post(TestServer server, String path, String authorization) {
    HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(path))
        .POST(HttpRequest.BodyPublishers.noBody());
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return server.send(b.build());
  }
}
