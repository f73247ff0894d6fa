package dev.cvsearch.server.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The HTTP client side: java.net.http over loopback, HTTP/1.1 keep-alive, no compression asked. */
final class Http {
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** A target asking {@code base + path + "?" + query string} and checking for 200. */
  Driver.Target target(String base, String path) {
    return q -> get(base + path + "?" + q.queryString());
  }

  /** GETs a URL; returns the body length, fails on any status but 200. */
  long get(String url) throws IOException, InterruptedException {
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
    HttpResponse<byte[]> r = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw new IOException("HTTP " + r.statusCode() + " from " + url);
    }
    return r.body().length;
  }
}
