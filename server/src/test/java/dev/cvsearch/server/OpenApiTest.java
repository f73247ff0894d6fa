package dev.cvsearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cvsearch.indexer.Json;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** /openapi.json describes exactly the routes the app registers, admin routes included. */
class OpenApiTest {
  @Test
  void the_document_lists_exactly_the_registered_routes() throws IOException {
    try (TestServer server = TestServer.start(SeedIndex.searcher(),
        ServerConfig.local(0).withAdminToken("t"), () -> "ok")) {
      JsonNode doc = Json.MAPPER.readTree(server.get("/openapi.json").body());
      assertThat(doc.path("openapi").asText()).startsWith("3.0");
      assertThat(documented(doc)).isEqualTo(registered(server)).contains("POST /api/admin/reindex");
    }
  }

  @Test
  void without_admin_the_app_registers_the_rest_of_the_document() throws IOException {
    try (TestServer server = TestServer.start(SeedIndex.searcher())) {
      JsonNode doc = Json.MAPPER.readTree(server.get("/openapi.json").body());
      Set<String> expected = documented(doc);
      expected.removeIf(route -> route.contains("/api/admin/"));
      assertThat(registered(server)).isEqualTo(expected);
    }
  }

  @Test
  void every_operation_documents_its_responses() throws IOException {
    try (TestServer server = TestServer.start(SeedIndex.searcher())) {
      JsonNode doc = Json.MAPPER.readTree(server.get("/openapi.json").body());
      doc.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
        assertThat(op.getValue().path("responses").size()).as(path.getKey()).isPositive();
        assertThat(op.getValue().path("summary").asText()).as(path.getKey()).isNotBlank();
      }));
    }
  }

  private static Set<String> documented(JsonNode doc) {
    Set<String> out = new TreeSet<>();
    doc.path("paths").properties().forEach(path -> path.getValue().properties().forEach(
        op -> out.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));
    return out;
  }

  /** The HTTP endpoints in Javalin's router (before/after filters are not routes). */
  private static Set<String> registered(TestServer server) {
    Set<String> out = new TreeSet<>();
    for (var parsed : server.app.unsafe.internalRouter.allHttpHandlers()) {
      if (parsed.endpoint.method.isHttpMethod()) {
        out.add(parsed.endpoint.method.name() + " " + parsed.endpoint.path);
      }
    }
    return out;
  }
}
