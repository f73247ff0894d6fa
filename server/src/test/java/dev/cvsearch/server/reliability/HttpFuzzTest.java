package dev.cvsearch.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvsearch.indexer.Json;
import dev.cvsearch.server.cli.Indexes;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 2,000 random and hostile requests (fixed seed, four clients, 10 s deadline each) over every
 * route of a server with the admin API on: no 5xx, no hang, and the server healthy afterwards.
 * The 10,000-request run is {@code scripts/fuzz-http.sh}.
 */
class HttpFuzzTest {
  static final String TOKEN = "fuzz-token-0123456789";

  @TempDir Path index;

  @Test
  void two_thousand_hostile_requests_get_no_5xx_and_no_hang() throws Exception {
    Path seeds = Path.of(System.getProperty("cvsearch.shared", "../../shared"), "seeds");
    Indexes.rebuild(seeds, index, false, null);
    try (LiveServer server =
        LiveServer.start(index, TOKEN, () -> Indexes.rebuild(seeds, index, false, null))) {
      HttpFuzzer.Result r = HttpFuzzer.run("127.0.0.1", server.port(),
          new HttpFuzzer.Config(2000, 4, 10_000, 1, TOKEN, HttpFuzzer.ids(server)));

      System.out.print(r.report());
      assertThat(r.serverErrors()).isEmpty();
      assertThat(r.hangs()).isEmpty();
      assertThat(r.noAnswer()).isEmpty();
      assertThat(r.statusByRoute()).containsKeys("search", "suggest", "works", "people",
          "status", "static", "admin", "method", "big", "broken");
      HttpClient client = HttpClient.newHttpClient();
      assertThat(client.send(HttpRequest.newBuilder(server.uri("/api/health")).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
      HttpResponse<String> search = client.send(
          HttpRequest.newBuilder(server.uri("/api/search?q=speech")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(search.statusCode()).isEqualTo(200);
      assertThat(Json.MAPPER.readTree(search.body()).path("total").asLong()).isPositive();
    }
  }
}
