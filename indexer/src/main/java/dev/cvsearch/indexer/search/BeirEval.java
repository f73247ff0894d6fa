package dev.cvsearch.indexer.search;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cvsearch.indexer.Json;
import dev.cvsearch.indexer.index.DocumentMapper;
import dev.cvsearch.indexer.index.IndexBuilder;
import dev.cvsearch.indexer.index.IndexLayout;
import dev.cvsearch.indexer.model.Source;
import dev.cvsearch.indexer.model.Work;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * BEIR-style retrieval evaluation: runs every judged query through a {@link Searcher} (works only)
 * and reports nDCG@k, Recall@100 and MRR@k against the relevance judgements.
 */
public final class BeirEval {
  /** Results read per query: enough for Recall@100. */
  private static final int DEPTH = 100;

  /** The figures of one run. */
  public record Result(int queries, double ndcg, double recall100, double mrr, int k) {}

  private BeirEval() {}

  /**
   * Evaluates.
   *
   * @param searcher the search core over an index of the corpus
   * @param queries query id → text
   * @param qrels query id → (document id → graded relevance)
   * @param docId maps a hit to the corpus document id
   */
  public static Result run(
      Searcher searcher,
      Map<String, String> queries,
      Map<String, Map<String, Integer>> qrels,
      Function<SearchHit, String> docId,
      int k)
      throws IOException {
    double ndcg = 0;
    double recall = 0;
    double mrr = 0;
    int n = 0;
    for (Map.Entry<String, Map<String, Integer>> judged : qrels.entrySet()) {
      String text = queries.get(judged.getKey());
      if (text == null) {
        continue;
      }
      String q = text.length() > UserQueryParser.MAX_LENGTH ? text.substring(0, UserQueryParser.MAX_LENGTH) : text;
      SearchResponse r =
          searcher.search(
              new SearchRequest(q, "work", null, null, null, null, null, null, null, 1, DEPTH));
      List<String> ranked = r.hits().stream().map(docId).toList();
      Map<String, Integer> rel = judged.getValue();
      ndcg += ndcg(ranked, rel, k);
      long relevant = rel.values().stream().filter(g -> g > 0).count();
      long found = ranked.stream().limit(DEPTH).filter(d -> rel.getOrDefault(d, 0) > 0).count();
      recall += relevant == 0 ? 0 : (double) found / relevant;
      for (int i = 0; i < Math.min(k, ranked.size()); i++) {
        if (rel.getOrDefault(ranked.get(i), 0) > 0) {
          mrr += 1.0 / (i + 1);
          break;
        }
      }
      n++;
    }
    return n == 0 ? new Result(0, 0, 0, 0, k) : new Result(n, ndcg / n, recall / n, mrr / n, k);
  }

  static double ndcg(List<String> ranked, Map<String, Integer> rel, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      int g = rel.getOrDefault(ranked.get(i), 0);
      dcg += g / (Math.log(i + 2) / Math.log(2));
    }
    List<Integer> ideal =
        rel.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).limit(k).toList();
    double idcg = 0;
    for (int i = 0; i < ideal.size(); i++) {
      idcg += ideal.get(i) / (Math.log(i + 2) / Math.log(2));
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  /**
   * Indexes a BEIR corpus under an index root as the live generation, through the product's own
   * document mapping and builder; work ids are the corpus ids, so hits map back directly.
   *
   * @return documents indexed
   */
  public static int indexCorpus(Path corpus, Path root) throws IOException {
    IndexLayout layout = IndexLayout.open(root);
    IndexLayout.Generation gen = layout.newGeneration();
    DocumentMapper mapper = new DocumentMapper();
    int n = 0;
    try (IndexBuilder builder = new IndexBuilder(gen.dir());
        BufferedReader r = open(corpus)) {
      String file = corpus.getFileName().toString();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = Json.MAPPER.readTree(line);
        String id = node.path("_id").asText();
        String title = node.path("title").asText("").strip();
        Work w =
            Work.builder(title.isEmpty() ? id : title)
                .id(id)
                .abstractText(node.path("text").asText(null))
                .source(new Source(file, id, ++n, null))
                .build();
        builder.add(id, mapper.work(w));
      }
      builder.commit(Map.of());
    }
    layout.switchTo(gen);
    return n;
  }

  /** Queries of a BEIR queries.jsonl: _id → text. */
  public static Map<String, String> readQueries(Path file) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (BufferedReader r = open(file)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          JsonNode node = Json.MAPPER.readTree(line);
          out.put(node.path("_id").asText(), node.path("text").asText());
        }
      }
    }
    return out;
  }

  /** Judgements of a BEIR qrels TSV (header query-id, corpus-id, score). */
  public static Map<String, Map<String, Integer>> readQrels(Path file) throws IOException {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    try (BufferedReader r = open(file)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] cols = line.split("\t");
        if (cols.length < 3 || cols[0].equals("query-id")) {
          continue;
        }
        out.computeIfAbsent(cols[0], k -> new HashMap<>())
            .put(cols[1], Integer.parseInt(cols[2].trim()));
      }
    }
    return out;
  }

  /** A reader of a text file, gunzipped when its name ends in .gz. */
  public static BufferedReader open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
