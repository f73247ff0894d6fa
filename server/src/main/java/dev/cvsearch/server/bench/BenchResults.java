package dev.cvsearch.server.bench;

import java.util.List;
import java.util.Map;

/**
 * Everything a run measured, as written to {@code bench/results/latest.json} (snake_case keys).
 *
 * @param generated ISO instant of the run
 * @param command the command line
 * @param quick whether this was a smoke run (figures meaningless)
 * @param machine CPU, cores, memory, JVM, -Xmx, load average at start and end
 * @param corpusRecords records the readers produced from the inputs
 * @param corpusDocs documents of the full step (merged works + people)
 * @param inputs the input files and folders
 * @param headlineStep the step the top-level figures come from ("full" unless the ladder stopped
 *     below it)
 * @param parse the readers alone over the inputs
 * @param extract our extraction: read + merge + link
 * @param ours our figures at the headline step, with the parse-included indexing rate
 * @param baseline the baseline's figures at the headline step, likewise
 * @param ratios ours / baseline at the headline step
 * @param ladder every step
 * @param relevance SciFact figures, or null when skipped
 * @param load the HTTP load run on the headline step, or null when skipped
 * @param targets each target of the issue with its value and whether it was met
 * @param queryMix counts of the query kinds and the seed
 */
public record BenchResults(
    String generated,
    String command,
    boolean quick,
    Map<String, Object> machine,
    long corpusRecords,
    long corpusDocs,
    List<String> inputs,
    String headlineStep,
    Corpus.Timing parse,
    Corpus.Timing extract,
    Headline ours,
    Headline baseline,
    Map<String, Double> ratios,
    List<StepResult> ladder,
    Relevance relevance,
    Latency load,
    List<Target> targets,
    Map<String, Object> queryMix) {

  /**
   * A system's figures at the headline step.
   *
   * @param indexDocsPerS documents per second, parsing included: ours = (read + merge + link +
   *     index) / docs, baseline = (read + index) / docs
   * @param indexDocsPerCpuS the same per second of process CPU time
   * @param indexOnlyDocsPerS records in memory → committed index
   * @param parseSeconds the reading part of indexDocsPerS
   * @param step the step's full figures
   */
  public record Headline(
      double indexDocsPerS,
      double indexDocsPerCpuS,
      double indexOnlyDocsPerS,
      double parseSeconds,
      double searchQpsInProcess,
      double searchQpsHttp,
      SystemStep step) {}

  /**
   * A target of the issue.
   *
   * @param name what is measured
   * @param floor the bound ("≥ 0.8", "≤ 1024 MiB")
   * @param value the measured value
   * @param met whether it holds
   */
  public record Target(String name, String floor, double value, boolean met) {}
}
