package dev.cvsearch.server.bench;

import dev.cvsearch.indexer.cli.EvalCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Relevance beside speed: runs {@code cvsearch eval} (the search helper's {@link EvalCommand}, the
 * same code path as the CLI) on the SciFact train split and reads its figures back.
 *
 * @param split which judgements ("train")
 * @param queries judged queries evaluated
 * @param ndcg10 nDCG@10
 * @param recall100 Recall@100
 * @param mrr10 MRR@10
 * @param seconds wall time of the evaluation (indexing the 5,183 abstracts included)
 * @param anseriniFlatNdcg10 Anserini BM25 flat, BEIR SciFact test split, nDCG@10 (published)
 * @param anseriniMultifieldNdcg10 Anserini BM25 multifield, same (published)
 * @param anseriniFlatRecall100 Anserini BM25 flat Recall@100 (published)
 * @param anseriniMultifieldRecall100 Anserini BM25 multifield Recall@100 (published)
 */
public record Relevance(
    String split,
    int queries,
    double ndcg10,
    double recall100,
    double mrr10,
    double seconds,
    double anseriniFlatNdcg10,
    double anseriniMultifieldNdcg10,
    double anseriniFlatRecall100,
    double anseriniMultifieldRecall100) {

  private static final Pattern LINE =
      Pattern.compile("(?m)^(queries|nDCG@10|Recall@100|MRR@10)\\s+([0-9.]+)$");

  /** Runs the evaluation on a BEIR SciFact folder; null when the folder lacks the files. */
  static Relevance run(Path scifact) {
    Path corpus = scifact.resolve("corpus.jsonl.gz");
    Path queries = scifact.resolve("queries-train.jsonl");
    Path qrels = scifact.resolve("qrels/train.tsv");
    if (!Files.isRegularFile(corpus)
        || !Files.isRegularFile(queries)
        || !Files.isRegularFile(qrels)) {
      return null;
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    long t0 = System.nanoTime();
    int code =
        new CommandLine(new EvalCommand())
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(err, true))
            .execute(
                "--corpus",
                corpus.toString(),
                "--queries",
                queries.toString(),
                "--qrels",
                qrels.toString(),
                "--k",
                "10");
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (code != 0) {
      throw new IllegalStateException("cvsearch eval failed (" + code + "): " + err);
    }
    double[] v = new double[4];
    Matcher m = LINE.matcher(out.toString());
    int found = 0;
    while (m.find()) {
      int i =
          switch (m.group(1)) {
            case "queries" -> 0;
            case "nDCG@10" -> 1;
            case "Recall@100" -> 2;
            default -> 3;
          };
      v[i] = Double.parseDouble(m.group(2));
      found++;
    }
    if (found < 4) {
      throw new IllegalStateException("cannot read the figures of cvsearch eval from: " + out);
    }
    return new Relevance(
        "train", (int) v[0], v[1], v[2], v[3], seconds, 0.6789, 0.6647, 0.9253, 0.9076);
  }

  /** One line for the log. */
  String summary() {
    return String.format(
        Locale.ROOT,
        "SciFact %s: nDCG@10 %.4f, Recall@100 %.4f, MRR@10 %.4f (%d queries)",
        split,
        ndcg10,
        recall100,
        mrr10,
        queries);
  }
}
