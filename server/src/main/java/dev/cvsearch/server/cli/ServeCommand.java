package dev.cvsearch.server.cli;

import dev.cvsearch.indexer.search.Searcher;
import dev.cvsearch.server.App;
import dev.cvsearch.server.ServerConfig;
import dev.cvsearch.server.admin.IndexRebuild;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cvsearch serve}: the JSON API and the web page over the live index. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the search API and the web page over the live index.",
      "Follows reindexes made by other processes within seconds, without a restart."
    })
public final class ServeCommand implements Callable<Integer> {
  /** Environment variable that holds the admin token when --admin-token is not given. */
  public static final String TOKEN_ENV = "CVSEARCH_ADMIN_TOKEN";

  @Spec CommandSpec spec;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "index",
      description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Data folder: indexed first when there is no index yet; enables the admin "
          + "reindex API together with a token.")
  Path data;

  @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = ServerConfig.DEFAULT_HOST,
      description = "Interface to bind (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(names = "--admin-token", paramLabel = "TOKEN",
      description = "Bearer token for POST /api/admin/reindex (or env " + TOKEN_ENV
          + "). Without one the admin API does not exist.")
  String adminToken;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be 0..65535, not " + port);
    }
    if (data != null && !Files.isDirectory(data)) {
      throw new ParameterException(spec.commandLine(), "--data: no such folder: " + data);
    }
    if (!Indexes.exists(index)) {
      if (data == null) {
        err.println("cvsearch: no index at " + index + "; build one with 'cvsearch reindex --data"
            + " DIR --index " + index + "' or pass --data DIR");
        return 1;
      }
      err.println("cvsearch: no index at " + index + " yet; indexing " + data + " first");
      err.flush();
      err.println("cvsearch: " + Indexes.rebuild(data, index, false, err));
    }
    String token = adminToken != null ? adminToken : System.getenv(TOKEN_ENV);
    IndexRebuild rebuild = null;
    if (token != null && !token.isBlank()) {
      if (data == null) {
        err.println("cvsearch: admin API off: reindexing needs --data DIR");
      } else {
        rebuild = () -> Indexes.rebuild(data, index, true, null);
      }
    }
    Searcher searcher = Indexes.open(index);
    var config = new ServerConfig(host, port, rebuild == null ? null : token, null);
    return ServerRunner.serve(App.create(searcher, config, rebuild), host,
        spec.commandLine().getOut(), null);
  }
}
