package dev.cvsearch.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cvsearch.indexer.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CV files hold personal data: {@code cvsearch reindex} and {@code cvsearch serve} (run as the
 * processes users run, all their stdout and stderr captured) print file names and counts, never
 * what the files say: a marker sentence in a CV, an abstract, a broken JSON line and a broken
 * BibTeX entry, and the CV's e-mail address, never reach the output, not even through the
 * request log, errors, skipped-line reasons or an admin reindex. Nor does the admin token.
 */
class LogPrivacyTest {
  static final String NONCE = "qxzv7";
  static final String MARKER = "The " + NONCE + " marmalade protocol tames lanthanum velociraptors";
  static final String EMAIL = "ada.quillfeather@example.org";
  static final String TOKEN = "privacy-token-9f8e7d6c5b4a";

  @TempDir Path work;

  @Test
  void reindex_and_serve_output_never_contains_cv_contents() throws Exception {
    Path data = writeCorpus(Files.createDirectories(work.resolve("data")));
    Path index = work.resolve("index");

    Child reindex = Child.start(work, "reindex", "--data", data.toString(), "--index",
        index.toString());
    assertThat(reindex.await()).as(reindex.output()).isZero();

    Child serve = Child.start(work, "serve", "--index", index.toString(), "--data",
        data.toString(), "--port", "0", "--admin-token", TOKEN);
    try {
      URI base = serve.awaitUrl();
      HttpClient client = HttpClient.newHttpClient();
      List<String> ids = new ArrayList<>();
      for (String q : List.of("protocol", "marmalade", "quillfeather", "velociraptor")) {
        JsonNode r = Json.MAPPER.readTree(get(client, base.resolve("/api/search?q=" + q)));
        r.path("hits").forEach(h -> ids.add(h.path("type").asText() + " " + h.path("id").asText()));
      }
      assertThat(ids).as("the marked records are indexed").isNotEmpty();
      for (String id : ids) {
        String[] t = id.split(" ");
        get(client, base.resolve((t[0].equals("person") ? "/api/people/" : "/api/works/")
            + java.net.URLEncoder.encode(t[1], StandardCharsets.UTF_8)));
      }
      get(client, base.resolve("/api/suggest?q=marm"));
      get(client, base.resolve("/api/works/does-not-exist"));
      HttpResponse<String> started = client.send(HttpRequest.newBuilder(
              base.resolve("/api/admin/reindex")).header("Authorization", "Bearer " + TOKEN)
          .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(started.statusCode()).isEqualTo(202);
      awaitReindex(client, base);
    } finally {
      serve.stop();
    }

    String all = reindex.output() + serve.output();
    assertThat(all).contains("files found", "serving http://");
    assertThat(all).doesNotContainIgnoringCase(NONCE)
        .doesNotContainIgnoringCase("velociraptors")
        .doesNotContainIgnoringCase("marmalade protocol")
        .doesNotContain(EMAIL)
        .doesNotContain(TOKEN);
  }

  private static Path writeCorpus(Path data) throws IOException {
    Files.writeString(data.resolve("ada-quillfeather-cv.txt"), """
        # Ada Quillfeather

        %s | Tromsø, Norway

        ## PUBLICATIONS

        %s: a study of quiet protocols [ICASSP 2024]

        Ada Quillfeather, Bo Lindqvist

        Robust marmalade protocol estimation for speech [Interspeech 2023]

        Ada Quillfeather

        %s, 2022, a line the reader cannot place {{{ [[[
        """.formatted(EMAIL, MARKER, MARKER), StandardCharsets.UTF_8);
    Files.writeString(data.resolve("abstracts.jsonl"), String.join("\n",
        "{\"_id\": \"a1\", \"title\": \"Marmalade protocol velociraptor study\", \"text\": \""
            + MARKER + ". More text.\"}",
        "{\"_id\": \"a2\", \"title\": \"" + MARKER + " broken line",
        "{\"_id\": \"a3\", \"title\": \"" + MARKER + "\", \"text\": 12, \"x\": [}",
        ""), StandardCharsets.UTF_8);
    Files.writeString(data.resolve("papers.bib"), """
        @inproceedings{quill2021,
          title = {Velociraptor protocol dynamics},
          author = {Quillfeather, Ada},
          booktitle = {Proceedings of ACL},
          year = {2021},
          abstract = {%s.}
        }
        @article{broken,
          title = {%s {unbalanced,
          year = 20x1
        """.formatted(MARKER, MARKER), StandardCharsets.UTF_8);
    return data;
  }

  private static String get(HttpClient client, URI uri) throws Exception {
    return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static void awaitReindex(HttpClient client, URI base) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      String s = client.send(HttpRequest.newBuilder(base.resolve("/api/admin/reindex"))
          .header("Authorization", "Bearer " + TOKEN).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      if (!s.contains("\"running\"")) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("admin reindex did not finish");
  }

  /** A {@code cvsearch} child process on the test class path, all output in one file. */
  record Child(Process process, Path log) {
    static Child start(Path work, String... args) throws IOException {
      List<String> cmd = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), "dev.cvsearch.server.cli.Main"));
      cmd.addAll(List.of(args));
      Path log = Files.createTempFile(work, args[0] + "-", ".log");
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile())
          .start();
      return new Child(p, log);
    }

    int await() throws InterruptedException {
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("cvsearch did not finish");
      }
      return process.exitValue();
    }

    URI awaitUrl() throws Exception {
      Pattern url = Pattern.compile("serving (http://\\S+?)/ ");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < deadline && process.isAlive()) {
        Matcher m = url.matcher(output());
        if (m.find()) {
          return URI.create(m.group(1));
        }
        Thread.sleep(50);
      }
      throw new AssertionError("no 'serving' line:\n" + output());
    }

    /** SIGTERM, then the graceful stop; the shutdown output is captured too. */
    void stop() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }

    String output() {
      try {
        return Files.readString(log, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
