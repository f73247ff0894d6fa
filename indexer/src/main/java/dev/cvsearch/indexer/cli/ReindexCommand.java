package dev.cvsearch.indexer.cli;

import dev.cvsearch.indexer.index.IndexBusyException;
import dev.cvsearch.indexer.index.IndexLayout;
import dev.cvsearch.indexer.index.ReindexResult;
import dev.cvsearch.indexer.index.Reindexer;
import dev.cvsearch.indexer.parse.Skipped;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cvsearch reindex --data DIR [--index DIR] [--incremental]}: rebuilds the live index. */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = {
      "Parse every supported file under DIR, build a new index generation and switch it in"
          + " atomically; servers pick it up without a restart.",
      "Progress goes to stderr, a summary table to stdout. Exit codes: 0 ok, 1 failure"
          + " (nothing readable, index not writable, another reindex running), 2 usage error."
    })
public final class ReindexCommand implements Callable<Integer> {
  private static final int FIRST_FILES = 3;
  private static final int MAX_REASONS = 12;

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR",
      description = "Folder (or file) with CVs, profiles, BibTeX, arXiv JSONL, BEIR, JSON Resume.")
  Path data;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "index",
      description = "Index directory (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--incremental",
      description = "Re-read only added or changed files; reuse the cached records of the rest.")
  boolean incremental;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.exists(data)) {
      throw new ParameterException(spec.commandLine(), "--data " + data + ": no such file or folder");
    }
    boolean tty = interactive();
    ReindexResult r;
    try {
      r = new Reindexer(line -> {
        err.print(tty ? "\r" + line + "\u001b[K" : line + System.lineSeparator());
        err.flush();
      }).run(new Reindexer.Options(data, index, incremental));
    } catch (IndexBusyException e) {
      err.println("reindex: " + e.getMessage());
      return 1;
    } catch (IOException | UncheckedIOException e) {
      err.println("reindex failed, the previous index stays live: " + e.getMessage());
      return 1;
    } finally {
      if (tty) {
        err.println();
      }
      err.flush();
    }
    printSummary(r, out);
    out.flush();
    if (!r.built()) {
      err.println("reindex: nothing readable under " + data + "; the previous index stays live");
      err.flush();
      return 1;
    }
    return 0;
  }

  /**
   * True when the console is a terminal, so progress may redraw one line. Since JDK 22
   * {@code System.console()} is non-null even when redirected and {@code Console.isTerminal()}
   * tells; we compile for 21, hence the look-up by method name.
   */
  private static boolean interactive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 21: a console exists only when attached to a terminal
    }
  }

  private void printSummary(ReindexResult r, PrintWriter out) {
    out.printf(Locale.ROOT, "%-22s %s%n", "index",
        r.built() ? IndexLayout.open(index).root().resolve(r.generation()) : "(unchanged)");
    row(out, "files found", r.filesSeen());
    row(out, "files read", r.filesRead());
    if (incremental) {
      out.printf(Locale.ROOT, "%-22s %d files re-read, %d from cache, %d removed%n", "incremental",
          r.filesReRead(), r.filesFromCache(), r.filesRemoved());
    }
    row(out, "files skipped", r.filesSkipped());
    row(out, "people", r.people());
    row(out, "works", r.works());
    row(out, "work items read", r.workItems());
    row(out, "duplicates merged", r.duplicatesMerged());
    row(out, "acronyms mined", r.minedAcronyms());
    out.printf(Locale.ROOT, "%-22s %.1f MB%n", "index size", r.indexBytes() / 1e6);
    out.printf(Locale.ROOT, "%-22s %.1f s%n", "time", r.millis() / 1000.0);
    printSkipped(r.skipped(), out);
  }

  private static void row(PrintWriter out, String label, long value) {
    out.printf(Locale.ROOT, "%-22s %,d%n", label, value);
  }

  /** Skips grouped by reason, most frequent first, with the first few files of each. */
  static void printSkipped(List<Skipped> skipped, PrintWriter out) {
    if (skipped.isEmpty()) {
      return;
    }
    Map<String, List<Skipped>> byReason = new LinkedHashMap<>();
    for (Skipped s : skipped) {
      String key = (s.line() == null ? "file: " : "entry: ") + reasonKey(s.reason());
      byReason.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
    }
    out.printf(Locale.ROOT, "skipped (%,d), by reason:%n", skipped.size());
    byReason.entrySet().stream()
        .sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
        .limit(MAX_REASONS)
        .forEach(e -> {
          List<String> first = e.getValue().stream()
              .map(s -> s.file() + (s.line() == null ? "" : ":" + s.line()))
              .distinct().limit(FIRST_FILES).toList();
          out.printf(Locale.ROOT, "  %,7d  %s  (%s%s)%n", e.getValue().size(), e.getKey(),
              String.join(", ", first), e.getValue().size() > first.size() ? ", …" : "");
        });
    if (byReason.size() > MAX_REASONS) {
      out.printf(Locale.ROOT, "  … and %d more reasons%n", byReason.size() - MAX_REASONS);
    }
  }

  /** Groups reasons that differ only in quoted details or numbers. */
  static String reasonKey(String reason) {
    String r = reason.replaceAll("'[^']*'|\"[^\"]*\"", "'…'").replaceAll("\\d+", "N");
    return r.length() > 90 ? r.substring(0, 89) + "…" : r;
  }
}
