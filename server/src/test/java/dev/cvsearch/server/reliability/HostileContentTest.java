package dev.cvsearch.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvsearch.indexer.Json;
import dev.cvsearch.indexer.index.Reindexer;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Abstracts and titles carrying markup, {@code javascript:} links and broken entities come out of
 * the API as plain text: JSON strings hold them verbatim (served as JSON with nosniff), and
 * highlights escape everything but the {@code <mark>} tags the highlighter adds.
 */
class HostileContentTest {
  static final String SCRIPT_TITLE = "Zebrafish <script>alert('t')</script> fin regeneration";
  static final String HOSTILE_TEXT = "We study zebrafish fins. <img src=x onerror=\"alert(1)\">"
      + " Read more <a href=\"javascript:alert(2)\">here</a> or [there](javascript:alert(3))."
      + " Broken entities: &amp &#x; &#99999999; &lt;script&gt; AT&T & co. zebrafish again.";
  static final String SCHEME_TITLE = "javascript:alert(document.cookie) as a zebrafish name";

  /** After removing the marks: no tag, and every ampersand starts an escape. */
  private static final Pattern UNSAFE =
      Pattern.compile("[<>\"]|&(?!(amp|lt|gt|quot|#39|#x27|#x2F);)");

  @TempDir static Path work;
  private static LiveServer server;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void hostileIndex() throws Exception {
    Path data = Files.createDirectories(work.resolve("data"));
    List<String> lines = new ArrayList<>();
    lines.add(doc("h1", SCRIPT_TITLE, HOSTILE_TEXT));
    lines.add(doc("h2", SCHEME_TITLE, "javascript:alert(1) zebrafish <svg onload=alert(4)>"));
    lines.add(doc("h3", "Plain zebrafish paper", "Nothing odd here about zebrafish."));
    Files.write(data.resolve("hostile-corpus.jsonl"), lines, StandardCharsets.UTF_8);
    new Reindexer(line -> {}).run(new Reindexer.Options(data, work.resolve("index"), false));
    server = LiveServer.start(work.resolve("index"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String doc(String id, String title, String text) throws Exception {
    ObjectNode n = Json.MAPPER.createObjectNode().put("_id", id).put("title", title)
        .put("text", text);
    return Json.MAPPER.writeValueAsString(n);
  }

  private static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(server.uri(pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void titles_and_abstracts_are_json_text_verbatim_served_as_json_with_nosniff() throws Exception {
    HttpResponse<String> r = get("/api/search?q=zebrafish&size=10");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("application/json"));
    assertThat(r.headers().firstValue("x-content-type-options")).hasValue("nosniff");
    List<String> titles = new ArrayList<>();
    for (JsonNode hit : Json.MAPPER.readTree(r.body()).path("hits")) {
      titles.add(hit.path("title").asText());
    }
    assertThat(titles).contains(SCRIPT_TITLE, SCHEME_TITLE);
    JsonNode work = Json.MAPPER.readTree(get("/api/works/" + id(r, SCRIPT_TITLE)).body());
    assertThat(work.toString()).contains("onerror");
    assertThat(work.findValuesAsText("abstract")).anySatisfy(a -> assertThat(a)
        .contains("javascript:alert(2)", "&#99999999;", "AT&T", "<img src=x"));
  }

  @Test
  void highlights_escape_everything_but_the_mark_tags() throws Exception {
    for (String q : List.of("zebrafish", "script", "javascript alert", "img onerror", "AT&T",
        "99999999", "\"zebrafish fins\"")) {
      HttpResponse<String> r = get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
      assertThat(r.statusCode()).as(q).isEqualTo(200);
      for (JsonNode hit : Json.MAPPER.readTree(r.body()).path("hits")) {
        for (JsonNode snippets : hit.path("highlights")) {
          for (JsonNode s : snippets) {
            String text = s.asText().replace("<mark>", "").replace("</mark>", "");
            assertThat(UNSAFE.matcher(text).find()).as("%s: %s", q, s.asText()).isFalse();
          }
        }
      }
    }
    String body = get("/api/search?q=zebrafish").body();
    assertThat(body).contains("&lt;script&gt;", "&amp;#99999999;", "javascript:alert");
  }

  private static String id(HttpResponse<String> search, String title) throws Exception {
    for (JsonNode hit : Json.MAPPER.readTree(search.body()).path("hits")) {
      if (hit.path("title").asText().equals(title)) {
        return URLEncoder.encode(hit.path("id").asText(), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("no hit titled " + title);
  }
}
