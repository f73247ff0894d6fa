package dev.cvsearch.server.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cvsearch.indexer.Json;
import dev.cvsearch.indexer.index.IndexBusyException;
import dev.cvsearch.indexer.index.IndexLayout;
import dev.cvsearch.indexer.index.ReindexLock;
import dev.cvsearch.indexer.index.Reindexer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Kills {@code cvsearch reindex} processes with SIGKILL while a real server serves the same index
 * folder, and checks after every kill: no request failed, the lock is free, the live pointer names
 * a committed generation, and the next reindex succeeds and leaves only committed generations.
 *
 * <p>Kills are aimed (the child is held at a named moment with {@code -Dcvsearch.reindex.pauseAt},
 * see {@code PausePoints}) or random (a uniform delay within the length of a clean run). The served
 * index is built from the "old" data; the killed runs index the "new" data (old plus extra files),
 * so the server may only ever show the old or, after a kill past the switch, the new counts.
 */
final class CrashTrials {
  /** Where to kill: a named pause point, or "random". */
  static final List<String> AIMED =
      List.of("parsed", "indexing", "commit", "committed", "pointer", "switched");

  static final String RANDOM = "random";

  /**
   * @param work scratch folder
   * @param oldData what the served index is built from
   * @param newData what the killed reindexes read
   * @param kills the kind of each kill, in order ("indexing", "random"…)
   * @param randomUpToMillis random kills land uniformly in [0, this); 0 measures a clean run
   */
  record Config(Path work, Path oldData, Path newData, List<String> kills, long randomUpToMillis,
      long seed, PrintStream log) {}

  /** What happened. */
  record Summary(int kills, Map<String, Integer> byKind, int finishedBeforeKill,
      int halfGenerationsSeen, int recoveries, long requests, List<String> failures,
      List<String> problems, Set<Long> worksServed, long oldWorks, long newWorks) {
    boolean ok() {
      return failures.isEmpty() && problems.isEmpty() && recoveries == kills
          && newWorks != oldWorks && Set.of(oldWorks, newWorks).containsAll(worksServed);
    }

    String report() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "crash test: %d SIGKILLs of cvsearch reindex%n", kills));
      byKind.forEach((k, n) -> b.append(String.format(Locale.ROOT, "  %-10s %3d%n", k, n)));
      b.append(String.format(Locale.ROOT,
          "  runs that finished before their random kill: %d%n"
              + "  half-built generations found after a kill: %d (the next reindex removed them)%n"
              + "  recoveries (next reindex succeeded, clean layout, lock free): %d/%d%n"
              + "  searches served meanwhile: %d, failed: %d%n"
              + "  works counts served: %s (old index %d, new data %d)%n"
              + "  problems: %s%n"
              + "  RESULT: %s%n",
          finishedBeforeKill, halfGenerationsSeen, recoveries, kills, requests, failures.size(),
          worksServed, oldWorks, newWorks, problems.isEmpty() ? "none" : problems,
          ok() ? "PASS" : "FAIL"));
      failures.stream().limit(10).forEach(f -> b.append("  failure: ").append(f).append('\n'));
      return b.toString();
    }
  }

  private CrashTrials() {}

  /**
   * {@code scripts/crash-test.sh}: {@code --kills N --seeds DIR --extra PATH --work DIR --seed S}.
   * Half the kills random, half aimed at each pause point in turn. Exit 0 only on PASS.
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> a = Args.parse(args);
    int n = Integer.parseInt(a.getOrDefault("kills", "20"));
    Path shared = Path.of(a.getOrDefault("shared", "../shared"));
    Path seeds = Path.of(a.getOrDefault("seeds", shared.resolve("seeds").toString()));
    Path extra = Path.of(a.getOrDefault("extra",
        shared.resolve("data/scifact/corpus.jsonl.gz").toString()));
    Path work = Files.createDirectories(Path.of(a.getOrDefault("work",
        Files.createTempDirectory("cvsearch-crash-").toString())));
    List<String> kills = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      kills.add(i % 2 == 0 ? RANDOM : AIMED.get((i / 2) % AIMED.size()));
    }
    Path oldData = Files.createDirectories(work.resolve("data-old"));
    Path newData = Files.createDirectories(work.resolve("data-new"));
    link(oldData.resolve("seeds"), seeds);
    link(newData.resolve("seeds"), seeds);
    link(newData.resolve(extra.getFileName()), extra);
    Summary s = run(new Config(work, oldData, newData, kills, 0,
        Long.parseLong(a.getOrDefault("seed", "7")), System.out));
    System.out.print(s.report());
    System.exit(s.ok() ? 0 : 1);
  }

  private static void link(Path link, Path target) throws IOException {
    if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      Files.createSymbolicLink(link, target.toAbsolutePath());
    }
  }

  static Summary run(Config c) throws Exception {
    Path index = c.work().resolve("index");
    Random random = new Random(c.seed());
    long oldWorks = reindex(c.oldData(), index, false).works();
    long newWorks = reindex(c.newData(), c.work().resolve("reference-index"), false).works();
    long upTo = c.randomUpToMillis();
    if (upTo <= 0) {
      Timed clean = child(c, c.newData(), c.work().resolve("timed-index"), null, -1);
      if (clean.exit() != 0) {
        throw new IllegalStateException("a clean reindex of the new data failed:\n" + clean.log());
      }
      upTo = clean.millis();
    }
    c.log().printf(Locale.ROOT,
        "new data: %d works (old: %d); random kills within %d ms (a clean run's length)%n",
        newWorks, oldWorks, upTo);

    Set<Long> served = ConcurrentHashMap.newKeySet();
    Map<String, Integer> byKind = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    int finished = 0;
    int half = 0;
    int recovered = 0;
    LoadClients.Window w;
    try (LiveServer server = LiveServer.start(index);
        LoadClients clients = new LoadClients(server.uri("/"),
            List.of("/api/search?q=speech&size=5", "/api/search?q=&type=person",
                "/api/search?q=recognition&venue=icassp", "/api/stats", "/api/health"),
            2, (path, body) -> {
              if (path.equals("/api/stats")) {
                served.add(works(body));
              }
            }, 5)) { // a short pause per request leaves the killed child some CPU
      clients.start();
      for (int i = 0; i < c.kills().size(); i++) {
        String kind = c.kills().get(i);
        byKind.merge(kind, 1, Integer::sum);
        long delay = kind.equals(RANDOM) ? (long) (random.nextDouble() * upTo) : -1;
        Timed killed = child(c, c.newData(), index, kind.equals(RANDOM) ? null : kind, delay);
        if (!killed.killed()) {
          finished++;
        }
        IndexLayout layout = IndexLayout.open(index);
        String current = layout.currentGeneration().map(IndexLayout.Generation::name).orElse(null);
        for (IndexLayout.Generation g : layout.generations()) {
          if (!IndexLayout.hasCommit(g)) {
            half++;
          }
        }
        if (current == null || !IndexLayout.hasCommit(layout.generationDir(current))) {
          problems.add(kind + ": live pointer " + current + " has no committed index");
        }
        if (!lockIsFree(layout)) {
          problems.add(kind + ": reindex lock still held after the kill");
        }
        boolean incremental = i % 2 == 1;
        var next = reindex(c.oldData(), index, incremental);
        String layoutProblem = cleanLayout(layout);
        if (next.built() && layoutProblem == null && lockIsFree(layout)) {
          recovered++;
        } else {
          problems.add(kind + ": recovery " + (next.built() ? "left " + layoutProblem : "failed"));
        }
        c.log().printf(Locale.ROOT,
            "kill %2d/%d  %-9s %s  live after kill %s  next reindex%s: %s%n",
            i + 1, c.kills().size(), kind,
            killed.killed() ? "killed after " + killed.millis() + " ms" : "finished first",
            current, incremental ? " (incremental)" : "", next.generation());
      }
      Thread.sleep(700); // a last look once the watcher has seen the final generation
      w = clients.window();
      return new Summary(c.kills().size(), byKind, finished, half, recovered, w.requests(),
          clients.failures(), problems, Set.copyOf(served), oldWorks, newWorks);
    }
  }

  private static long works(String statsBody) {
    try {
      JsonNode n = Json.MAPPER.readTree(statsBody);
      return n.path("works").asLong(-1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static dev.cvsearch.indexer.index.ReindexResult reindex(Path data, Path index,
      boolean incremental) throws IOException {
    return new Reindexer(line -> {}).run(new Reindexer.Options(data, index, incremental));
  }

  private static boolean lockIsFree(IndexLayout layout) throws IOException {
    try (ReindexLock lock = layout.lockForReindex()) {
      return true;
    } catch (IndexBusyException e) {
      return false;
    }
  }

  /** Null when only committed generations (at most two), no temporary pointer remain. */
  private static String cleanLayout(IndexLayout layout) throws IOException {
    List<IndexLayout.Generation> gens = layout.generations();
    for (IndexLayout.Generation g : gens) {
      if (!IndexLayout.hasCommit(g)) {
        return "uncommitted " + g.name();
      }
    }
    if (gens.size() > 2) {
      return gens.size() + " generations";
    }
    if (Files.exists(layout.root().resolve("CURRENT.tmp"))) {
      return "CURRENT.tmp";
    }
    return null;
  }

  /** A child run: its log, whether it was killed, how long it ran. */
  record Timed(boolean killed, long millis, int exit, String log) {}

  /**
   * Runs {@code cvsearch reindex} in a child JVM on the test class path. With a pause point, kills
   * it once it reports being held there; with a delay ≥ 0, kills it after that many ms.
   */
  static Timed child(Config c, Path data, Path index, String pauseAt, long killAfterMillis)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile(c.work(), "reindex-", ".log");
    List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-Xmx768m", "-cp",
        System.getProperty("java.class.path")));
    if (pauseAt != null) {
      cmd.add("-Dcvsearch.reindex.pauseAt=" + pauseAt);
    }
    cmd.addAll(List.of("dev.cvsearch.server.cli.Main", "reindex", "--data", data.toString(),
        "--index", index.toString()));
    long start = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile())
        .start();
    boolean killed = false;
    if (pauseAt != null) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
      while (p.isAlive() && !Files.readString(log, StandardCharsets.UTF_8).contains("paused at")) {
        if (System.nanoTime() > deadline) {
          break;
        }
        Thread.sleep(20);
      }
      if (!p.isAlive()) {
        throw new IllegalStateException("reindex ended before pausing at " + pauseAt + ":\n"
            + Files.readString(log, StandardCharsets.UTF_8));
      }
      p.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
      killed = true;
    } else if (killAfterMillis >= 0) {
      if (!p.waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        killed = true;
      }
    }
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("reindex child did not end:\n"
          + Files.readString(log, StandardCharsets.UTF_8));
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    String text = Files.readString(log, StandardCharsets.UTF_8);
    Files.deleteIfExists(log);
    return new Timed(killed, millis, p.exitValue(), text);
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
