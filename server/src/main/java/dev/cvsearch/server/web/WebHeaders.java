package dev.cvsearch.server.web;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.regex.Pattern;

/**
 * Response headers that do not depend on the route: security headers on everything, and cache
 * policy for the page's static files.
 */
public final class WebHeaders {
  /** No inline script or style, nothing from other origins, no framing, no plugins. */
  public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self';"
      + " img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none';"
      + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** For files whose name carries a content hash or version: they never change. */
  public static final String IMMUTABLE = "public, max-age=31536000, immutable";

  /** For index.html and unversioned files: cache briefly, then revalidate with the ETag. */
  public static final String REVALIDATE = "public, max-age=60, must-revalidate";

  /**
   * "app.3f9a1c2e.js", "styles-0a1b2c3d4e.css", "/v/1.2.0/…", "/assets/v3/…": a name that changes
   * whenever the content does.
   */
  private static final Pattern VERSIONED = Pattern.compile(
      ".*(?:[.-][0-9a-fA-F]{8,}\\.[A-Za-z0-9]+|/v\\d+(?:\\.\\d+)*/.*)");

  /** The content type of every JSON response. */
  public static final String JSON = "application/json; charset=utf-8";

  private WebHeaders() {}

  /** A before-handler for every request. */
  public static void security(Context ctx) {
    ctx.header(Header.X_CONTENT_TYPE_OPTIONS, "nosniff");
    ctx.header(Header.CONTENT_SECURITY_POLICY, CSP);
    // Search URLs hold queries about people: don't hand them to other sites.
    ctx.header(Header.REFERRER_POLICY, "no-referrer");
    ctx.header(Header.X_FRAME_OPTIONS, "DENY");
  }

  /** An after-handler: cache headers for static files that were found. */
  public static void caching(Context ctx) {
    if (isApi(ctx.path())) {
      return;
    }
    int status = ctx.statusCode();
    if (status == 200 || status == 304) {
      ctx.header(Header.CACHE_CONTROL, VERSIONED.matcher(ctx.path()).matches() ? IMMUTABLE
          : REVALIDATE);
    }
  }

  /** An after-handler: JSON says it is UTF-8, which Javalin leaves implicit. */
  public static void jsonCharset(Context ctx) {
    if ("application/json".equals(ctx.res().getContentType())) {
      ctx.contentType(JSON);
    }
  }

  /** Whether a path is served by a route rather than from the static files. */
  public static boolean isApi(String path) {
    return path.startsWith("/api/") || path.equals("/openapi.json") || path.equals("/metrics");
  }
}
