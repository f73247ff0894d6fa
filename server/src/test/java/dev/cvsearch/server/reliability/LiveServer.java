package dev.cvsearch.server.reliability;

import dev.cvsearch.indexer.search.SearchService;
import dev.cvsearch.server.App;
import dev.cvsearch.server.ServerConfig;
import dev.cvsearch.server.admin.IndexRebuild;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/**
 * The real server (Javalin app over a {@link SearchService} that follows the index folder's live
 * generation) on a free loopback port, for the reliability runs. Usable from tests and from the
 * {@code main} methods the scripts call.
 */
final class LiveServer implements AutoCloseable {
  static {
    // One access-log line per request would drown the figures; errors still print.
    if (System.getProperty("org.slf4j.simpleLogger.log.dev.cvsearch.server.access") == null) {
      System.setProperty("org.slf4j.simpleLogger.log.dev.cvsearch.server.access", "warn");
    }
  }

  private final Javalin app;

  private LiveServer(Javalin app) {
    this.app = app;
  }

  /** Serves an index folder; with a token and a rebuild, the admin routes exist too. */
  static LiveServer start(Path index, String adminToken, IndexRebuild rebuild) throws IOException {
    ServerConfig config = ServerConfig.local(0).withAdminToken(adminToken);
    return new LiveServer(App.create(SearchService.open(index), config, rebuild).start());
  }

  static LiveServer start(Path index) throws IOException {
    return start(index, null, null);
  }

  int port() {
    return app.port();
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + app.port() + pathAndQuery);
  }

  @Override
  public void close() {
    app.stop();
  }
}
