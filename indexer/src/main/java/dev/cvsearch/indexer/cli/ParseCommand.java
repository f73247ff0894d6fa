package dev.cvsearch.indexer.cli;

import dev.cvsearch.indexer.Json;
import dev.cvsearch.indexer.model.Person;
import dev.cvsearch.indexer.model.Work;
import dev.cvsearch.indexer.parse.Extraction;
import dev.cvsearch.indexer.parse.Extractor;
import dev.cvsearch.indexer.parse.ParseContext;
import dev.cvsearch.indexer.parse.Skipped;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cvsearch parse PATH… [--json]}: shows what extraction makes of files, without indexing. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Print the records extraction makes of the files (merged and linked as they would be indexed),"
          + " without indexing.",
      "Folders are read recursively. Files that cannot be read are listed as skipped, with reasons."
    })
public final class ParseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
  List<Path> paths;

  @Option(
      names = "--json",
      description = "Print one JSON document {\"people\":[…], \"works\":[…], \"skipped\":[…]}.")
  boolean json;

  /** The JSON document of {@code --json}. */
  public record Output(List<Person> people, List<Work> works, List<Skipped> skipped) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Extraction x = new Extractor(ParseContext.standard(), file -> {}).extract(paths);
    if (json) {
      Json.MAPPER.writerWithDefaultPrettyPrinter()
          .writeValue(out, new Output(x.people(), x.works(), x.skipped()));
      out.println();
    } else {
      printText(x, out);
    }
    out.flush();
    var s = x.stats();
    err.printf(Locale.ROOT,
        "%d files read, %d skipped; %d people, %d works (%d items, %d duplicates merged) in %.1f s%n",
        s.filesRead(), s.filesSkipped(), x.people().size(), x.works().size(), s.workItems(),
        s.duplicatesMerged(), s.millis() / 1000.0);
    err.flush();
    return s.filesRead() == 0 && s.filesSkipped() > 0 ? 1 : 0;
  }

  private static void printText(Extraction x, PrintWriter out) {
    for (Person p : x.people()) {
      out.printf(Locale.ROOT, "PERSON %s  %s%s%n", p.id(), p.name(),
          p.currentPosition() == null ? "" : "  — " + p.currentPosition()
              + (p.currentOrganization() == null ? "" : ", " + p.currentOrganization()));
    }
    for (Work w : x.works()) {
      out.printf(Locale.ROOT, "WORK %s  [%s %s %s]  %s%n", w.id(), w.type().label(),
          w.venue() == null ? "-" : w.venue().name(), w.year() == null ? "-" : w.year(), w.title());
    }
    for (Skipped s : x.skipped()) {
      out.printf(Locale.ROOT, "SKIPPED %s%s: %s%n", s.file(), s.line() == null ? "" : ":" + s.line(),
          s.reason());
    }
  }
}
