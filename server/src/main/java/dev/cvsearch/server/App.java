package dev.cvsearch.server;

import dev.cvsearch.indexer.Json;
import dev.cvsearch.indexer.search.Searcher;
import dev.cvsearch.server.admin.AdminRoutes;
import dev.cvsearch.server.admin.IndexRebuild;
import dev.cvsearch.server.admin.ReindexJob;
import dev.cvsearch.server.api.ApiErrors;
import dev.cvsearch.server.api.OpenApiRoute;
import dev.cvsearch.server.api.RecordRoutes;
import dev.cvsearch.server.api.SearchRoutes;
import dev.cvsearch.server.api.StatusRoutes;
import dev.cvsearch.server.metrics.HttpMetrics;
import dev.cvsearch.server.metrics.MetricsRoute;
import dev.cvsearch.server.web.RequestLog;
import dev.cvsearch.server.web.WebHeaders;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.util.Map;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Javalin application: the JSON API and the web page over one {@link Searcher}. */
public final class App {
  /** Classpath folder of the webapp module's files. */
  public static final String WEBAPP = "/webapp";

  private static final Logger LOG = LoggerFactory.getLogger(App.class);

  private App() {}

  /**
   * Wires the application; nothing listens until {@code start()}. The app owns the searcher: it is
   * closed once the server has stopped and in-flight requests are done.
   *
   * @param rebuild how to reindex for the admin API, or null; the admin routes exist only with both
   *     a token in {@code config} and a rebuild
   */
  public static Javalin create(Searcher searcher, ServerConfig config, IndexRebuild rebuild) {
    var search = new SearchRoutes(searcher);
    var records = new RecordRoutes(searcher);
    var status = new StatusRoutes(searcher);
    var openApi = OpenApiRoute.load();
    var httpMetrics = new HttpMetrics();
    ReindexJob job = config.adminToken() != null && rebuild != null ? new ReindexJob(rebuild) : null;
    var metrics = new MetricsRoute(httpMetrics, searcher, job);
    var requestLog = new RequestLog(httpMetrics);

    return Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.jsonMapper(new JavalinJackson(Json.MAPPER, false));
      cfg.jetty.host = config.host();
      cfg.jetty.port = config.port();
      cfg.jetty.modifyServer(server -> {
        // Jetty 12 drains in-flight requests on stop only through a GracefulHandler.
        server.setHandler(new GracefulHandler());
        server.setStopTimeout(config.stopTimeout().toMillis());
      });
      Gzip gzip = new Gzip();
      cfg.http.compressionStrategy = new CompressionStrategy(null, gzip);
      cfg.http.defaultContentType = "application/json; charset=utf-8";
      if (App.class.getResource(WEBAPP) == null) {
        // Javalin refuses to start on a missing folder; the API is still useful without the page.
        LOG.warn("no {} folder on the classpath: serving the API without the web page", WEBAPP);
      } else {
        cfg.staticFiles.add(files -> {
          files.hostedPath = "/";
          files.directory = WEBAPP;
          files.location = Location.CLASSPATH;
          // WebHeaders.caching decides per file; Javalin's default would be max-age=0 for all.
          files.headers = Map.of();
          files.mimeTypes.add("text/javascript; charset=utf-8", "js", "mjs");
          files.mimeTypes.add("text/css; charset=utf-8", "css");
          files.mimeTypes.add("text/html; charset=utf-8", "html");
          files.mimeTypes.add("image/svg+xml", "svg");
          files.mimeTypes.add("application/manifest+json", "webmanifest");
        });
      }
      cfg.requestLogger.http(requestLog::handle);

      cfg.routes.before(WebHeaders::security);
      cfg.routes.after(WebHeaders::caching);
      cfg.routes.after(WebHeaders::jsonCharset);
      cfg.routes.get("/api/search", search::search);
      cfg.routes.get("/api/suggest", search::suggest);
      cfg.routes.get("/api/works/{id}", records::work);
      cfg.routes.get("/api/people/{id}", records::person);
      cfg.routes.get("/api/stats", status::stats);
      cfg.routes.get("/api/health", status::health);
      cfg.routes.get("/openapi.json", openApi::handle);
      cfg.routes.get("/metrics", metrics::handle);
      if (job != null) {
        var admin = new AdminRoutes(config.adminToken(), job);
        cfg.routes.before("/api/admin/*", admin::authorize);
        cfg.routes.post("/api/admin/reindex", admin::reindex);
        cfg.routes.get("/api/admin/reindex", admin::status);
      }
      ApiErrors.register(cfg.routes);

      cfg.events.serverStopped(() -> close(job, searcher));
    });
  }

  private static void close(ReindexJob job, Searcher searcher) {
    if (job != null) {
      job.close();
    }
    try {
      searcher.close();
    } catch (IOException e) {
      LOG.warn("closing the index failed", e);
    }
  }
}
