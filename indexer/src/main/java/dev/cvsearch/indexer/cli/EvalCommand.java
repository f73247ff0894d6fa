package dev.cvsearch.indexer.cli;

import dev.cvsearch.indexer.search.BeirEval;
import dev.cvsearch.indexer.search.Ranking;
import dev.cvsearch.indexer.search.SearchHit;
import dev.cvsearch.indexer.search.SearchService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cvsearch eval}: indexes a BEIR corpus with the product's own schema, analyzers and
 * document mapping into a temporary index, runs every judged query through the search core
 * (works only) and prints nDCG@k, Recall@100 and MRR@k.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Evaluate retrieval on a BEIR dataset: prints nDCG@10, Recall@100 and MRR@10.")
public final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--corpus", required = true, paramLabel = "FILE",
      description = "corpus.jsonl(.gz): {_id, title, text} per line.")
  Path corpus;

  @Option(names = "--queries", required = true, paramLabel = "FILE",
      description = "queries.jsonl: {_id, text} per line.")
  Path queries;

  @Option(names = "--qrels", required = true, paramLabel = "FILE",
      description = "qrels TSV with header query-id, corpus-id, score.")
  Path qrels;

  @Option(names = "--k", defaultValue = "10", description = "Cut-off of nDCG and MRR (default 10).")
  int k;

  @Option(names = "--k1", hidden = true, description = "BM25 k1, for tuning runs.")
  Float k1;

  @Option(names = "--b", hidden = true, description = "BM25 b, for tuning runs.")
  Float b;

  @Option(names = "--title-boost", hidden = true, description = "Title boost, for tuning runs.")
  Float titleBoost;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Ranking d = Ranking.DEFAULT;
    Ranking ranking =
        new Ranking(k1 == null ? d.k1() : k1, b == null ? d.b() : b,
            titleBoost == null ? d.title() : titleBoost, d.body(), d.authors(), d.venue(),
            d.workTitles(), d.tie(), d.allWordsUpTo());
    Path tmp = Files.createTempDirectory("cvsearch-eval");
    try {
      long start = System.nanoTime();
      int docs = BeirEval.indexCorpus(corpus, tmp);
      err.printf(Locale.ROOT, "indexed %d documents in %.1f s%n", docs, (System.nanoTime() - start) / 1e9);
      err.flush();
      Map<String, String> qs = BeirEval.readQueries(queries);
      Map<String, Map<String, Integer>> judged = BeirEval.readQrels(qrels);
      BeirEval.Result r;
      try (SearchService search = SearchService.open(tmp, ranking)) {
        r = BeirEval.run(search, qs, judged, SearchHit::id, k);
      }
      out.printf(Locale.ROOT, "queries     %d%n", r.queries());
      out.printf(Locale.ROOT, "nDCG@%d     %.4f%n", k, r.ndcg());
      out.printf(Locale.ROOT, "Recall@100  %.4f%n", r.recall100());
      out.printf(Locale.ROOT, "MRR@%d      %.4f%n", k, r.mrr());
      out.flush();
      return 0;
    } finally {
      deleteTree(tmp);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
