package dev.cvsearch.server.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cvsearch.indexer.Json;
import dev.cvsearch.indexer.index.IndexLayout;
import dev.cvsearch.indexer.index.ReindexResult;
import dev.cvsearch.indexer.index.Reindexer;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Searches from client threads against the real server for a steady period, then for the length
 * of a full reindex of the same data (run in the server's process with the {@link Reindexer}, as
 * the admin route does), and reports requests, failures and p50/p99 latency of each phase.
 * {@code scripts/load-test.sh} runs it over {@code ../shared/data}.
 */
final class LoadRun {
  /** A mix of what people type, with filters, sorting, paging, people and autocomplete. */
  static final List<String> QUERIES = List.of(
      "speech recognition", "neural machine translation", "question answering", "BERT",
      "transformer", "large language model", "LLM", "ASR", "named entity recognition",
      "sentiment analysis", "summarization", "dialogue systems", "knowledge graph",
      "reinforcement learning", "graph neural network", "low-resource languages",
      "\"word embeddings\"", "contrastive learning", "diffusion models", "parsing",
      "machine reading comprehension", "code generation", "retrieval augmented generation",
      "multilingual", "hate speech detection", "title:translation", "author:smith",
      "speech -recognition", "vision OR image", "year:2020..2022 parsing", "wav2*", "RNN-T",
      "evaluation metrics", "zero-shot", "protein", "cancer", "vaccine", "covid");

  static final List<String> EXTRAS = List.of("", "", "", "&type=work", "&type=person",
      "&sort=newest", "&page=2", "&venue=acl", "&topic=cs.CL", "&year=2021&year=2022",
      "&yearFrom=2015&yearTo=2020", "&size=50");

  private LoadRun() {}

  /** Request paths: every query once with each of a few extras, plus autocomplete and stats. */
  static List<String> paths() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < QUERIES.size(); i++) {
      String q = URLEncoder.encode(QUERIES.get(i), StandardCharsets.UTF_8);
      for (int j = 0; j < 3; j++) {
        out.add("/api/search?q=" + q + EXTRAS.get((i + j * 5) % EXTRAS.size()));
      }
      out.add("/api/suggest?q=" + URLEncoder.encode(
          QUERIES.get(i).substring(0, Math.min(4, QUERIES.get(i).length())),
          StandardCharsets.UTF_8));
    }
    out.add("/api/stats");
    return out;
  }

  /**
   * {@code --data DIR --index DIR [--reuse] --seconds 60 --warmup 10 --clients 2}: builds the
   * index (unless --reuse and one exists), serves it, measures a steady window, then a window
   * for the length of a full reindex. Exit 1 on any failed request.
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> a = Args.parse(args);
    Path data = Path.of(a.getOrDefault("data", "../shared/data"));
    Path index = Path.of(a.getOrDefault("index", "/tmp/cvsearch-load/index"));
    int seconds = Integer.parseInt(a.getOrDefault("seconds", "60"));
    int warmup = Integer.parseInt(a.getOrDefault("warmup", "10"));
    int clients = Integer.parseInt(a.getOrDefault("clients", "2"));
    PrintStream out = System.out;
    if (!a.containsKey("reuse") || IndexLayout.open(index).currentGeneration().isEmpty()) {
      out.printf(Locale.ROOT, "building the index of %s into %s…%n", data, index);
      ReindexResult r = reindex(data, index);
      out.printf(Locale.ROOT, "built: %d works, %d people from %d files in %.1f s%n",
          r.works(), r.people(), r.filesRead(), r.millis() / 1000.0);
    }
    Result r = measure(index, data, clients, warmup, seconds, out);
    out.println(r.steady().line("steady " + seconds + " s"));
    out.println(r.during().line(String.format(Locale.ROOT, "during reindex %.0f s",
        r.reindex().millis() / 1000.0)));
    out.printf(Locale.ROOT, "reindex under load: %d works, %d people, generation %s -> %s served%n",
        r.reindex().works(), r.reindex().people(), r.before(), r.after());
    out.printf(Locale.ROOT, "failed requests: %d%s%n", r.failures().size(),
        r.failures().isEmpty() ? "" : "  first: " + r.failures().getFirst());
    out.println(r.ok() ? "RESULT: PASS" : "RESULT: FAIL");
    System.exit(r.ok() ? 0 : 1);
  }

  /** The two windows, the reindex, the generations served before and after, all failures. */
  record Result(LoadClients.Window steady, LoadClients.Window during, ReindexResult reindex,
      String before, String after, List<String> failures) {
    boolean ok() {
      return failures.isEmpty() && reindex.built() && !before.equals(after)
          && steady.requests() > 0 && during.requests() > 0;
    }
  }

  /** Serves the index, measures a steady window, then a window as long as a full reindex. */
  static Result measure(Path index, Path data, int clients, double warmupSeconds,
      double steadySeconds, PrintStream log) throws Exception {
    try (LiveServer server = LiveServer.start(index);
        LoadClients load = new LoadClients(server.uri("/"), paths(), clients, null)) {
      String before = generation(server);
      load.start();
      Thread.sleep((long) (warmupSeconds * 1000));
      load.window();
      Thread.sleep((long) (steadySeconds * 1000));
      LoadClients.Window steady = load.window();
      log.println(steady.line("steady"));
      CompletableFuture<ReindexResult> reindex = CompletableFuture.supplyAsync(() -> {
        try {
          return reindex(data, index);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      ReindexResult r = reindex.join();
      LoadClients.Window during = load.window();
      // The server follows the pointer within a second; keep searching across the swap.
      long deadline = System.nanoTime() + 5_000_000_000L;
      String after = generation(server);
      while (after.equals(before) && System.nanoTime() < deadline) {
        Thread.sleep(100);
        after = generation(server);
      }
      Thread.sleep(500);
      load.window();
      return new Result(steady, during, r, before, after, load.failures());
    }
  }

  private static ReindexResult reindex(Path data, Path index) throws java.io.IOException {
    return new Reindexer(line -> {}).run(new Reindexer.Options(data, index, false));
  }

  private static String generation(LiveServer server) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(server.uri("/api/stats")).build(),
        HttpResponse.BodyHandlers.ofString());
    JsonNode n = Json.MAPPER.readTree(r.body());
    return n.path("generation").asText();
  }

}
