package dev.cvsearch.server.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The HTTP client side: the JDK's blocking client over loopback, HTTP/1.1 keep-alive, no
 * compression asked.
 *
 * <p>Blocking, because the client must not add a tail of its own. Each request is written and its
 * answer read on the calling thread. With java.net.http, which this class used before, a response
 * crossed two of the client's threads (its selector, then its executor) before the caller saw it,
 * and on two cores those hand-offs were the tail. Our server at 10k, one client, three windows of
 * 8 s each way, times taken on the client's clock around the server's handler: from the handler's
 * end to the caller holding the body, p50 0.25–0.32 ms and p99 2.0–3.3 ms with java.net.http,
 * 0.10–0.11 and 0.22–0.27 ms with this client; from the call to the server reading the request,
 * p99 1.4–2.3 against 0.30–0.44 ms. Both systems are asked through the same client, so the ratios
 * compare servers, not clients.
 */
final class Http {
  /** Connect and read timeouts: a stuck server fails the query instead of hanging the bench. */
  private static final int TIMEOUT_MS = 30_000;

  /** A target asking {@code base + path + "?" + query string} and checking for 200. */
  Driver.Target target(String base, String path) {
    return q -> get(base + path + "?" + q.queryString());
  }

  /** GETs a URL; returns the body length, fails on any status but 200. */
  long get(String url) throws IOException {
    HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
    c.setConnectTimeout(TIMEOUT_MS);
    c.setReadTimeout(TIMEOUT_MS);
    int status = c.getResponseCode();
    // Read every body to its end, an error's too: only then is the connection kept for reuse.
    try (InputStream body = status < 400 ? c.getInputStream() : c.getErrorStream()) {
      long length = body == null ? 0 : body.readAllBytes().length;
      if (status != 200) {
        throw new IOException("HTTP " + status + " from " + url);
      }
      return length;
    }
  }
}
