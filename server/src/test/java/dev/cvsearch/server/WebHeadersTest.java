package dev.cvsearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvsearch.server.web.WebHeaders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Headers every response carries, content types, compression, caching and static-file safety. */
class WebHeadersTest {
  private static TestServer server;

  @BeforeAll
  static void start() throws IOException {
    server = TestServer.start(SeedIndex.searcher());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/search?q=speech", "/api/stats", "/", "/api/works/nope",
      "/no-such-file.js", "/metrics", "/openapi.json"})
  void every_response_has_security_headers(String path) {
    HttpResponse<String> r = server.get(path);
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(WebHeaders.CSP);
    assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
  }

  @Test
  void csp_forbids_inline_script_and_framing() {
    assertThat(WebHeaders.CSP).contains("script-src 'self';", "object-src 'none'",
        "base-uri 'none'", "frame-ancestors 'none'", "default-src 'self'")
        .doesNotContain("unsafe-inline", "unsafe-eval");
  }

  @Test
  void json_is_utf8_json() {
    assertThat(contentType("/api/search?q=speech")).isEqualTo("application/json;charset=utf-8");
    assertThat(contentType("/api/stats")).isEqualTo("application/json;charset=utf-8");
    assertThat(contentType("/openapi.json")).isEqualTo("application/json;charset=utf-8");
  }

  @Test
  void static_files_have_their_own_types() {
    assertThat(contentType("/")).startsWith("text/html");
    assertThat(contentType("/index.html")).startsWith("text/html");
    assertThat(contentType("/test-assets/plain.js")).startsWith("text/javascript");
    assertThat(contentType("/test-assets/big.css")).startsWith("text/css");
    assertThat(contentType("/metrics")).startsWith("text/plain; version=0.0.4");
  }

  @Test
  void json_is_gzipped_when_the_client_accepts_it() throws IOException {
    HttpResponse<byte[]> r = gzipGet("/api/search?q=speech&size=20");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Encoding")).hasValue("gzip");
    String body = gunzip(r.body());
    assertThat(body).startsWith("{").contains("\"hits\"");
  }

  @Test
  void static_files_are_gzipped_when_the_client_accepts_it() throws IOException {
    HttpResponse<byte[]> r = gzipGet("/test-assets/big.css");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(gunzip(r.body())).contains(".row-119");
  }

  @Test
  void nothing_is_gzipped_for_clients_that_do_not_ask() {
    HttpResponse<String> r = server.get("/test-assets/big.css");
    assertThat(r.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(r.body()).contains(".row-119");
  }

  @Test
  void versioned_assets_are_cached_for_a_year() {
    HttpResponse<String> r = server.get("/test-assets/app.0123abcd.js");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Cache-Control")).hasValue(WebHeaders.IMMUTABLE);
  }

  @Test
  void index_and_unversioned_files_revalidate_with_an_etag() {
    for (String path : new String[] {"/", "/test-assets/plain.js"}) {
      HttpResponse<String> r = server.get(path);
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Cache-Control")).hasValue(WebHeaders.REVALIDATE);
      String etag = r.headers().firstValue("ETag").orElseThrow();
      HttpResponse<String> again = server.send(HttpRequest.newBuilder(server.uri(path))
          .header("If-None-Match", etag).GET().build());
      assertThat(again.statusCode()).isEqualTo(304);
    }
  }

  @Test
  void api_responses_get_no_static_cache_headers() {
    assertThat(server.get("/api/search?q=speech").headers().firstValue("Cache-Control")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/../openapi.json", "/%2e%2e/openapi.json", "/test-assets/../../openapi.json",
      "/test-assets/%2e%2e/%2e%2e/openapi.json", "/..%2fopenapi.json", "/%2e%2e%2fopenapi.json",
      "/test-assets/..%5c..%5copenapi.json", "/dev/cvsearch/server/App.class",
      "/../dev/cvsearch/server/App.class"})
  void path_traversal_finds_nothing(String path) throws IOException {
    String response = raw(path);
    String status = response.substring(0, response.indexOf("\r\n"));
    assertThat(status).matches("HTTP/1\\.1 40[04] .*");
    assertThat(response).doesNotContain("\"openapi\"", "cafebabe");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/test-assets/", "/test-assets", "/webapp/"})
  void folders_are_not_listed(String path) {
    HttpResponse<String> r = server.get(path);
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).doesNotContain("plain.js", "big.css");
  }

  private static String contentType(String path) {
    HttpResponse<String> r = server.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.headers().firstValue("Content-Type").orElseThrow().replace(" ", "")
        .replace("version=0.0.4", " version=0.0.4");
  }

  private static HttpResponse<byte[]> gzipGet(String path) {
    try {
      return server.client.send(HttpRequest.newBuilder(server.uri(path))
          .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String gunzip(byte[] body) throws IOException {
    try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Sends the path byte for byte: java.net.http would normalise the dots away. */
  private static String raw(String path) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.app.port())) {
      s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
