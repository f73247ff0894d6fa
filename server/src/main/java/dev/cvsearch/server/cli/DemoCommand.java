package dev.cvsearch.server.cli;

import dev.cvsearch.server.App;
import dev.cvsearch.server.ServerConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cvsearch demo}: indexes the bundled fictional corpus and serves it. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Index a small bundled corpus (fictional researchers) into a temporary folder and serve it"
          + " at http://127.0.0.1:7070.",
      "The temporary folder is removed when the server stops."
    })
public final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be 0..65535, not " + port);
    }
    PrintWriter err = spec.commandLine().getErr();
    Path home = Files.createTempDirectory("cvsearch-demo-");
    Path data = home.resolve("data");
    Path index = home.resolve("index");
    List<Path> files = DemoCorpus.copyTo(data);
    err.println("cvsearch: demo corpus: " + files.size() + " files in " + data);
    err.println("cvsearch: " + Indexes.rebuild(data, index, false, err));
    err.flush();
    var app = App.create(Indexes.open(index), ServerConfig.local(port), null);
    return ServerRunner.serve(app, ServerConfig.DEFAULT_HOST, spec.commandLine().getOut(),
        () -> deleteQuietly(home));
  }

  /** Best effort at shutdown: a leftover temp folder is harmless, so failures are only reported. */
  private static void deleteQuietly(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      System.err.println("cvsearch: could not remove " + dir + ": " + e.getMessage());
    }
  }
}
