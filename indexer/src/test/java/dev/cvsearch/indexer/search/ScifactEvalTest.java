package dev.cvsearch.indexer.search;

import dev.cvsearch.indexer.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** SciFact train figures for a grid of ranking settings (slow; prints a table). */
@Tag("slow")
class ScifactEvalTest {
  @Test
  void scifact_train_figures_for_the_ranking_grid() throws Exception {
    Path shared = SharedData.resolve("data/scifact");
    Path root = Files.createTempDirectory("scifact");
    BeirEval.indexCorpus(shared.resolve("corpus.jsonl.gz"), root);
    var queries = BeirEval.readQueries(shared.resolve("queries-train.jsonl"));
    var qrels = BeirEval.readQrels(shared.resolve("qrels/train.tsv"));
    String grid = System.getProperty("grid", "0.9,0.4,2,1,1,8");
    for (String setting : grid.split(";")) {
      String[] p = setting.split(",");
      Ranking ranking = new Ranking(Float.parseFloat(p[0]), Float.parseFloat(p[1]),
          Float.parseFloat(p[2]), 1f, 1.5f, 1f, 0.8f, Float.parseFloat(p[4]),
          Integer.parseInt(p[5]));
      try (SearchService s = SearchService.open(root, ranking)) {
        BeirEval.Result res = BeirEval.run(s, queries, qrels, SearchHit::id, 10);
        System.out.printf(Locale.ROOT, "EVAL k1=%s b=%s title=%s tie=%s all<=%s  nDCG@10=%.4f R@100=%.4f MRR@10=%.4f n=%d%n",
            p[0], p[1], p[2], p[4], p[5], res.ndcg(), res.recall100(), res.mrr(), res.queries());
      }
    }
  }
}
