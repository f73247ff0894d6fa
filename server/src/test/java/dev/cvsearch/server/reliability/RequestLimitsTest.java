package dev.cvsearch.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cvsearch.indexer.Json;
import dev.cvsearch.server.cli.Indexes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Oversized requests and overly complex queries are refused with a 4xx, never a 5xx: a 1 MB query
 * string, a 1 MB body, a 64 KB header, hundreds of OR terms, too many filter values.
 */
class RequestLimitsTest {
  @TempDir static Path index;
  private static LiveServer server;

  @BeforeAll
  static void serve() throws Exception {
    Path seeds = Path.of(System.getProperty("cvsearch.shared", "../../shared"), "seeds");
    Indexes.rebuild(seeds, index, false, null);
    server = LiveServer.start(index, "limits-token-0123456789", () -> "not run");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String raw(String method, String target, String headers, byte[] body)
      throws Exception {
    String head = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        + headers + (body == null ? "" : "Content-Length: " + body.length + "\r\n") + "\r\n";
    byte[] h = head.getBytes(StandardCharsets.UTF_8);
    byte[] all = body == null ? h : concat(h, body);
    return HttpFuzzer.send("127.0.0.1", server.port(), all, false, 10_000);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void a_one_megabyte_query_string_is_a_4xx() throws Exception {
    String answer = raw("GET", "/api/search?q=" + "a".repeat(1 << 20), "", null);
    assertThat(HttpFuzzer.status(answer)).isBetween(400, 499);
  }

  @Test
  void a_one_megabyte_body_is_a_4xx_on_every_route_that_could_take_one() throws Exception {
    byte[] mb = new byte[1 << 20];
    Arrays.fill(mb, (byte) '{');
    for (String target : new String[] {"/api/search?q=x", "/api/admin/reindex", "/api/works/x",
        "/"}) {
      assertThat(HttpFuzzer.status(raw("POST", target, "Content-Type: application/json\r\n", mb)))
          .as(target).isBetween(400, 499);
    }
  }

  @Test
  void a_64_kilobyte_header_is_a_4xx() throws Exception {
    String answer = raw("GET", "/api/health", "X-Big: " + "b".repeat(64 * 1024) + "\r\n", null);
    assertThat(HttpFuzzer.status(answer)).isBetween(400, 499);
  }

  @Test
  void five_hundred_or_terms_are_a_400_with_a_reason() throws Exception {
    String many = String.join("+OR+", Collections.nCopies(500, "speech"));
    assertProblem(raw("GET", "/api/search?q=" + many, "", null), "too long");
    String fits = String.join("+OR+", Collections.nCopies(99, "x")); // 491 characters
    assertProblem(raw("GET", "/api/search?q=" + fits, "", null), "too complex");
  }

  @Test
  void too_many_filter_values_and_too_deep_pages_are_400s() throws Exception {
    String venues = "&venue=v".repeat(51);
    assertProblem(raw("GET", "/api/search?q=x" + venues, "", null), "too many");
    assertProblem(raw("GET", "/api/search?q=x&page=100000", "", null), "page");
  }

  private static void assertProblem(String answer, String detailContains) throws Exception {
    assertThat(HttpFuzzer.status(answer)).isEqualTo(400);
    assertThat(answer).containsIgnoringCase("content-type: application/problem+json");
    JsonNode problem = Json.MAPPER.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
    assertThat(problem.path("detail").asText()).containsIgnoringCase(detailContains);
  }
}
