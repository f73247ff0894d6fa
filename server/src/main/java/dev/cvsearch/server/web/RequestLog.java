package dev.cvsearch.server.web;

import dev.cvsearch.server.metrics.HttpMetrics;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request (method, path with query, status, milliseconds) and the request metrics.
 * Headers and bodies are never logged, so neither is the admin token; nor are record ids, which
 * carry titles and names.
 */
public final class RequestLog {
  private static final Logger LOG = LoggerFactory.getLogger("dev.cvsearch.server.access");

  private final HttpMetrics metrics;

  public RequestLog(HttpMetrics metrics) {
    this.metrics = metrics;
  }

  /** Javalin's request-logger callback. */
  public void handle(Context ctx, Float millis) {
    double ms = millis == null ? 0 : millis;
    String query = ctx.queryString();
    if (LOG.isInfoEnabled()) {
      LOG.info(String.format(Locale.ROOT, "%s %s%s %d %.1fms", ctx.method(), loggedPath(ctx),
          query == null ? "" : "?" + query, ctx.statusCode(), ms));
    }
    metrics.record(ctx.method().name(), route(ctx), ctx.statusCode(), ms);
  }

  /**
   * The path as logged: routes with parameters by their template ("/api/works/{id}"), because work
   * and person ids are made of titles and names, which are CV contents and stay out of logs.
   */
  private static String loggedPath(Context ctx) {
    Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
    return matched != null && matched.path.contains("{") ? matched.path : ctx.path();
  }

  /** The route template ("/api/works/{id}"), "static" for files, or "unmatched". */
  private static String route(Context ctx) {
    Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
    if (matched != null) {
      return matched.path;
    }
    return WebHeaders.isApi(ctx.path()) || ctx.statusCode() >= 400 ? "unmatched" : "static";
  }
}
