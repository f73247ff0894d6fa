package dev.cvsearch.server.bench;

import dev.cvsearch.indexer.Json;
import dev.cvsearch.server.bench.BenchQuery.Kind;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;

/**
 * The baseline over HTTP: one Javalin route, {@code GET /search}, taking the same parameters as our
 * {@code /api/search} and answering the baseline's hits and facet counts as JSON — the least a web
 * front end to plain Lucene needs, so HTTP cost is compared like for like.
 */
final class BaselineServer {
  private BaselineServer() {}

  /** A started server on a free loopback port. */
  static Javalin start(BaselineSearcher searcher) {
    Javalin app =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.jsonMapper(new JavalinJackson(Json.MAPPER, false));
              cfg.jetty.host = "127.0.0.1";
              cfg.jetty.port = 0;
              cfg.routes.get("/search", ctx -> search(searcher, ctx));
              cfg.routes.get("/health", ctx -> ctx.result("ok"));
            });
    return app.start();
  }

  private static void search(BaselineSearcher searcher, Context ctx) throws java.io.IOException {
    String year = ctx.queryParam("year");
    BenchQuery q =
        new BenchQuery(
            Kind.KEYWORDS,
            ctx.queryParam("q") == null ? "" : ctx.queryParam("q"),
            ctx.queryParam("type"),
            ctx.queryParam("venue"),
            ctx.queryParam("topic"),
            year == null ? null : Integer.valueOf(year));
    ctx.json(searcher.search(q));
  }
}
