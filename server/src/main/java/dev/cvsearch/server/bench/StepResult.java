package dev.cvsearch.server.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One step of the ladder: both systems over the same documents and queries, and their ratios.
 *
 * @param step label ("10k", "full", "1M")
 * @param docs documents in the step
 * @param repeated whether the step repeats corpus records under fresh ids
 * @param ours our figures
 * @param baseline the plain Lucene figures
 * @param ratios ours / baseline: throughputs (higher is better for us) and p50 latencies (lower is
 *     better for us)
 */
public record StepResult(
    String step,
    long docs,
    boolean repeated,
    SystemStep ours,
    SystemStep baseline,
    Map<String, Double> ratios) {

  static StepResult of(String step, long docs, boolean repeated, SystemStep ours, SystemStep base) {
    Map<String, Double> r = new LinkedHashMap<>();
    r.put("index_docs_per_s", ratio(ours.indexDocsPerS(), base.indexDocsPerS()));
    r.put("index_docs_per_cpu_s", ratio(ours.indexDocsPerCpuS(), base.indexDocsPerCpuS()));
    r.put("search_qps_in_process", ratio(ours.inProcess2t().qps(), base.inProcess2t().qps()));
    r.put("search_qps_http", ratio(ours.http2t().qps(), base.http2t().qps()));
    r.put("search_qps_in_process_1t", ratio(ours.inProcess1t().qps(), base.inProcess1t().qps()));
    r.put("search_p50_in_process", ratio(ours.inProcess1t().p50Ms(), base.inProcess1t().p50Ms()));
    r.put("search_p50_http", ratio(ours.http1t().p50Ms(), base.http1t().p50Ms()));
    r.put("index_size", ratio(ours.indexMib(), base.indexMib()));
    return new StepResult(step, docs, repeated, ours, base, r);
  }

  static double ratio(double a, double b) {
    return b <= 0 ? 0 : a / b;
  }
}
