package dev.cvsearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** /metrics is Prometheus text with per-route-template counts and latencies and index gauges. */
class MetricsTest {
  @Test
  void requests_are_counted_per_route_template() throws IOException {
    try (TestServer server = TestServer.start(SeedIndex.searcher())) {
      server.get("/api/search?q=speech");
      server.get("/api/search?q=speech&size=0");
      server.get("/api/works/a");
      server.get("/api/works/b");
      String body = server.get("/metrics").body();
      assertThat(body)
          .contains("# TYPE cvsearch_http_requests_total counter")
          .contains("cvsearch_http_requests_total{method=\"GET\",route=\"/api/search\","
              + "status=\"200\"} 1")
          .contains("cvsearch_http_requests_total{method=\"GET\",route=\"/api/search\","
              + "status=\"400\"} 1")
          .contains("cvsearch_http_requests_total{method=\"GET\",route=\"/api/works/{id}\","
              + "status=\"404\"} 2")
          .contains("# TYPE cvsearch_http_request_duration_seconds histogram")
          .contains("cvsearch_http_request_duration_seconds_count{method=\"GET\","
              + "route=\"/api/search\"} 2")
          .contains("le=\"+Inf\"")
          .contains("cvsearch_index_documents{type=\"work\"}")
          .contains("cvsearch_index_size_bytes")
          .doesNotContain("route=\"/api/works/a\"");
    }
  }
}
