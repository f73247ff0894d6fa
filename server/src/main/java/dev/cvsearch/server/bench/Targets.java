package dev.cvsearch.server.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The targets, checked against a run. */
final class Targets {
  private Targets() {}

  static List<BenchResults.Target> of(
      Map<String, Double> ratios, List<StepResult> ladder, Relevance relevance, Latency load) {
    List<BenchResults.Target> out = new ArrayList<>();
    atLeast(
        out,
        "indexing throughput, parsing included (ours / baseline)",
        ratios.get("index_docs_per_s"),
        0.8);
    atLeast(
        out,
        "in-process search throughput, 2 threads (ours / baseline)",
        ratios.get("search_qps_in_process"),
        0.7);
    atLeast(
        out,
        "HTTP search throughput, 2 threads (ours / baseline)",
        ratios.get("search_qps_http"),
        0.5);
    StepResult largest = ladder.get(ladder.size() - 1);
    for (StepResult s : ladder) {
      if (s.docs() > largest.docs()) {
        largest = s;
      }
    }
    if (largest.docs() >= 1_000_000) {
      double maxHeap = Heap.maxMib();
      out.add(
          new BenchResults.Target(
              "1M documents indexed with -Xmx (MiB)", "≤ 1024", maxHeap, maxHeap <= 1024.5));
      out.add(
          new BenchResults.Target(
              "1M: peak heap left after a collection while indexing (MiB)",
              "≤ 1024",
              largest.ours().heapPeakLiveMib(),
              largest.ours().heapPeakLiveMib() <= 1024));
    }
    double worstTail = 0;
    for (StepResult s : ladder) {
      worstTail =
          Math.max(
              worstTail,
              Math.max(s.ours().inProcess1t().tailRatio(), s.ours().http1t().tailRatio()));
    }
    out.add(
        new BenchResults.Target(
            "worst p99 / p50 of ours over the ladder (1 thread)",
            "≤ 5",
            worstTail,
            worstTail <= 5));
    if (relevance != null) {
      atLeast(
          out,
          "SciFact nDCG@10 (train) vs Anserini BM25 flat (test)",
          relevance.ndcg10(),
          relevance.anseriniFlatNdcg10());
    }
    if (load != null) {
      out.add(new BenchResults.Target("load run errors", "= 0", load.errors(), load.errors() == 0));
    }
    return out;
  }

  private static void atLeast(
      List<BenchResults.Target> out, String name, Double value, double floor) {
    double v = value == null ? 0 : value;
    out.add(new BenchResults.Target(name, "≥ " + floor, v, v >= floor));
  }
}
