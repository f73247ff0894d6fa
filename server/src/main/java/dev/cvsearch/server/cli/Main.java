package dev.cvsearch.server.cli;

import dev.cvsearch.indexer.cli.EvalCommand;
import dev.cvsearch.indexer.cli.ParseCommand;
import dev.cvsearch.indexer.cli.ReindexCommand;
import dev.cvsearch.indexer.cli.SearchCommand;
import dev.cvsearch.server.bench.BenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cvsearch} command line. Exit codes: 0 success, 1 failure, 2 usage error.
 */
@Command(
    name = "cvsearch",
    mixinStandardHelpOptions = true,
    version = "cvsearch 0.1.0",
    description = "Search engine over researcher CVs and paper abstracts.",
    subcommands = {
      ParseCommand.class,
      ReindexCommand.class,
      ServeCommand.class,
      DemoCommand.class,
      SearchCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests run it with their own writers. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr().println("cvsearch: " + e.getMessage());
          return 1;
        });
    return cl;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }
}
