package dev.cvsearch.server.bench;

import dev.cvsearch.indexer.model.Person;
import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.parse.Extraction;
import dev.cvsearch.indexer.parse.Extractor;
import dev.cvsearch.indexer.parse.Extractor.Input;
import dev.cvsearch.indexer.parse.ParseContext;
import dev.cvsearch.indexer.parse.RecordSink;
import dev.cvsearch.indexer.parse.Skipped;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The bench corpus: the real records as our extractor makes them (read, merged and linked), held in
 * memory so every system and every ladder step indexes exactly the same records, plus the timings
 * of reading them.
 *
 * <p>A ladder step takes the records in a fixed shuffled order; a step larger than the corpus
 * repeats the works under fresh ids ({@code <id>~<copy>}), so the 1M step is the real corpus
 * several times, not synthetic text.
 */
public final class Corpus {
  private final Extraction extraction;
  private final int[] order;
  private final Map<String, List<Work>> worksOf = new HashMap<>();
  private final Timing extract;
  private final Timing parse;

  /**
   * How long reading took.
   *
   * @param files input files
   * @param records records the readers emitted
   * @param seconds wall time
   * @param cpuSeconds process CPU time
   */
  public record Timing(int files, long records, double seconds, double cpuSeconds) {
    public double recordsPerSecond() {
      return seconds <= 0 ? 0 : records / seconds;
    }
  }

  private Corpus(Extraction extraction, Timing extract, Timing parse, long seed) {
    this.extraction = extraction;
    this.extract = extract;
    this.parse = parse;
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < extraction.works().size(); i++) {
      idx.add(i);
    }
    Collections.shuffle(idx, new Random(seed));
    order = idx.stream().mapToInt(Integer::intValue).toArray();
    for (Work w : extraction.works()) {
      w.people().forEach(id -> worksOf.computeIfAbsent(id, k -> new ArrayList<>()).add(w));
    }
  }

  /**
   * Reads the inputs: an untimed warm-up (both systems' readers and ours merging run once, so
   * neither pays the JIT compiler or a cold page cache in its first timed pass), then {@code runs}
   * rounds of the full extraction our index is built from (read, merge, link; files read on as
   * many threads as there are cores) alternating with a pass through the readers alone, one file
   * after another, into a counting sink — what a plain application without merging pays to read
   * the same files. Each timing is the median round's; the corpus is the last extraction.
   */
  public static Corpus load(List<Path> roots, long seed, int runs, Consumer<String> log) {
    List<Skipped> walkSkipped = new ArrayList<>();
    List<Input> inputs = Extractor.findInputs(roots, walkSkipped);
    Extractor extractor = new Extractor(ParseContext.standard(), name -> {});
    log.accept("warming up: extracting " + inputs.size() + " files once, untimed…");
    extractor.extract(inputs, walkSkipped, extractor::parse);
    Extraction x = null;
    List<Timing> extracts = new ArrayList<>();
    List<Timing> parses = new ArrayList<>();
    for (int run = 1; run <= runs; run++) {
      x = null; // one extraction in memory at a time
      Heap.usedAfterGcMib(); // the last round's records are garbage: collect them before timing
      log.accept(
          String.format(
              java.util.Locale.ROOT,
              "round %d/%d: extracting %d files (read, merge, link)…",
              run,
              runs,
              inputs.size()));
      double c0 = Heap.processCpuSeconds();
      long t0 = System.nanoTime();
      x = extractor.extract(inputs, walkSkipped, extractor::parse);
      extracts.add(
          new Timing(
              inputs.size(),
              x.stats().itemsRead(),
              (System.nanoTime() - t0) / 1e9,
              Heap.processCpuSeconds() - c0));
      parses.add(readOnly(extractor, inputs));
      log.accept(
          String.format(
              java.util.Locale.ROOT,
              "extracted %d works and %d people from %d records in %.1f s; read alone in %.1f s",
              x.works().size(),
              x.people().size(),
              x.stats().itemsRead(),
              extracts.getLast().seconds(),
              parses.getLast().seconds()));
    }
    return new Corpus(x, median(extracts), median(parses), seed);
  }

  /** The readers alone, one file after another, into a sink that only counts. */
  private static Timing readOnly(Extractor extractor, List<Input> inputs) {
    long[] count = new long[1];
    RecordSink counting =
        new RecordSink() {
          @Override
          public void person(Person person) {
            count[0]++;
          }

          @Override
          public void work(Work work) {
            count[0]++;
          }

          @Override
          public void skipped(Skipped skipped) {}
        };
    double c0 = Heap.processCpuSeconds();
    long t0 = System.nanoTime();
    for (Input input : inputs) {
      extractor.parse(input, counting);
    }
    return new Timing(
        inputs.size(), count[0], (System.nanoTime() - t0) / 1e9, Heap.processCpuSeconds() - c0);
  }

  private static Timing median(List<Timing> runs) {
    List<Timing> sorted = new ArrayList<>(runs);
    sorted.sort(java.util.Comparator.comparingDouble(Timing::seconds));
    return sorted.get(sorted.size() / 2);
  }

  /** Documents of the whole corpus: merged works plus people. */
  public long size() {
    return (long) extraction.works().size() + extraction.people().size();
  }

  public List<Work> works() {
    return extraction.works();
  }

  public List<Person> people() {
    return extraction.people();
  }

  /** The works linked to a person (for the person document). */
  public List<Work> worksOf(Person p) {
    return worksOf.getOrDefault(p.id(), List.of());
  }

  /** Timing of read + merge + link. */
  public Timing extract() {
    return extract;
  }

  /** Timing of the readers alone. */
  public Timing parse() {
    return parse;
  }

  public Extraction extraction() {
    return extraction;
  }

  /** Document count of a step ({@link BenchConfig#FULL} is the corpus size). */
  public long docs(long step) {
    return step == BenchConfig.FULL ? size() : Math.max(step, 1);
  }

  /** Whether the step repeats records. */
  public boolean repeats(long step) {
    return docs(step) > size();
  }

  /** Receives a step's documents. */
  public interface DocSink {
    void work(Work work) throws java.io.IOException;

    void person(Person person, List<Work> works) throws java.io.IOException;
  }

  /**
   * Feeds the documents of a step: every person (there are few), then works in the shuffled order
   * until the step's count is reached, repeating the corpus under fresh ids when it is too small.
   */
  public void feed(long step, DocSink sink) throws java.io.IOException {
    long target = docs(step);
    long n = 0;
    for (Person p : extraction.people()) {
      if (n >= target) {
        return;
      }
      sink.person(p, worksOf(p));
      n++;
    }
    if (order.length == 0) {
      return;
    }
    for (long i = 0; n < target; i++, n++) {
      Work w = extraction.works().get(order[(int) (i % order.length)]);
      long copy = i / order.length;
      sink.work(copy == 0 ? w : w.toBuilder().id(w.id() + "~" + copy).build());
    }
  }
}
