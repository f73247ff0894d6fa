package dev.cvsearch.server.reliability;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Generates the fuzzer's requests: every route, random and hostile parameters, broken HTTP. */
final class Requests {
  private static final List<String> PARAMS = List.of("q", "type", "venue", "topic", "year",
      "yearFrom", "yearTo", "pubtype", "sort", "page", "size");
  private static final List<String> STATIC = List.of("/", "/index.html", "/app.js", "/styles.css",
      "/favicon.ico", "/..", "/../", "/../../etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd",
      "/%2e%2e/%2e%2e/etc/passwd", "/%252e%252e/%252e%252e/etc/passwd", "//etc/passwd",
      "/.%2e/.%2e/etc/passwd", "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", "/..\\..\\etc\\passwd",
      "/webapp/../../pom.xml", "/%00", "/index.html%00.js", "/assets/", "/css/", "/js/", "/.git/",
      "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF", "/dev/cvsearch/server/App.class",
      "/;/../etc/passwd", "/%5c..%5c..%5cetc%5cpasswd", "/index.html/", "/nonexistent",
      "/api", "/api/", "/api/nothing", "/openapi.json/..", "/metrics/../api/health");
  private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH",
      "HEAD", "OPTIONS", "TRACE", "CONNECT", "FOO", "get");

  private final Random r;
  private final String token;
  private final List<String> ids;

  Requests(Random r, String token, List<String> ids) {
    this.r = r;
    this.token = token;
    this.ids = ids.isEmpty() ? List.of("w-none") : ids;
  }

  HttpFuzzer.Probe next(String host) {
    int roll = r.nextInt(100);
    if (roll < 35) {
      return get("search", "/api/search" + query(PARAMS, 0.15), host);
    } else if (roll < 43) {
      return get("suggest", "/api/suggest" + query(List.of("q", "limit"), 0.2), host);
    } else if (roll < 55) {
      String route = r.nextBoolean() ? "works" : "people";
      return get(route, "/api/" + route + "/" + id() + (r.nextInt(8) == 0 ? query(PARAMS, 1) : ""),
          host);
    } else if (roll < 61) {
      String path = List.of("/api/stats", "/api/health", "/openapi.json", "/metrics")
          .get(r.nextInt(4));
      return get("status", path + (r.nextInt(3) == 0 ? query(PARAMS, 0.5) : ""), host);
    } else if (roll < 73) {
      return get("static", STATIC.get(r.nextInt(STATIC.size())), host);
    } else if (roll < 83) {
      return admin(host);
    } else if (roll < 89) {
      String method = METHODS.get(r.nextInt(METHODS.size()));
      String target = List.of("/api/search?q=x", "/api/works/x", "/", "/api/admin/reindex",
          "/metrics").get(r.nextInt(5));
      return probe("method", method + " " + target, method, target, host, "", null, true);
    } else if (roll < 94) {
      return big(host);
    }
    return broken(host);
  }

  private String id() {
    return switch (r.nextInt(6)) {
      case 0, 1 -> ids.get(r.nextInt(ids.size()));
      case 2 -> ids.get(r.nextInt(ids.size())) + HostileValues.value(r);
      case 3 -> "..%2f..%2fetc%2fpasswd";
      default -> HostileValues.value(r).replace("/", "%2F");
    };
  }

  private String query(List<String> names, double junkNames) {
    int n = r.nextInt(7);
    if (n == 0) {
      return r.nextBoolean() ? "" : "?";
    }
    StringBuilder b = new StringBuilder("?");
    for (int i = 0; i < n; i++) {
      String name = r.nextDouble() < junkNames ? HostileValues.value(r)
          : names.get(r.nextInt(names.size()));
      int repeat = r.nextInt(20) == 0 ? 1 + r.nextInt(80) : 1;
      for (int k = 0; k < repeat; k++) {
        if (b.length() > 1) {
          b.append('&');
        }
        b.append(name);
        if (r.nextInt(10) > 0) {
          b.append('=').append(HostileValues.value(r));
        }
      }
    }
    return b.toString();
  }

  private HttpFuzzer.Probe admin(String host) {
    String method = List.of("POST", "GET", "DELETE").get(r.nextInt(3));
    String auth = switch (r.nextInt(8)) {
      case 0 -> null;
      case 1 -> "Bearer";
      case 2 -> "Bearer ";
      case 3 -> "Bearer " + HostileValues.value(r).replace("\r", "").replace("\n", "");
      case 4 -> "Basic YWRtaW46YWRtaW4=";
      case 5 -> "bearer " + token;
      case 6 -> "Bearer " + token + "x";
      default -> r.nextInt(10) == 0 && token != null ? "Bearer " + token : "Token " + token;
    };
    String headers = auth == null ? "" : "Authorization: " + auth + "\r\n";
    return probe("admin", method + " /api/admin/reindex [" + auth + "]", method,
        "/api/admin/reindex", host, headers, null, true);
  }

  /** Oversized parts: query strings, headers, bodies, parameter counts. */
  private HttpFuzzer.Probe big(String host) {
    return switch (r.nextInt(5)) {
      case 0 -> get("big", "/api/search?q=" + "a".repeat(1 << 20), host);
      case 1 -> probe("big", "GET /api/search with a 64 KB header", "GET", "/api/search?q=x",
          host, "X-Big: " + "b".repeat(64 * 1024) + "\r\n", null, true);
      case 2 -> probe("big", "POST /api/search with a 1 MB body", "POST", "/api/search?q=x",
          host, "Content-Type: application/json\r\n", new byte[1 << 20], true);
      case 3 -> probe("big", "POST /api/admin/reindex with a 1 MB body", "POST",
          "/api/admin/reindex", host, "", new byte[1 << 20], true);
      default -> {
        StringBuilder q = new StringBuilder("/api/search?q=x");
        for (int i = 0; i < 5000; i++) {
          q.append("&venue=v").append(i);
        }
        yield get("big", q.toString(), host);
      }
    };
  }

  /** Requests that are not valid HTTP/1.1. */
  private HttpFuzzer.Probe broken(String host) {
    String raw = switch (r.nextInt(12)) {
      case 0 -> "GET /api/search?q=a b HTTP/1.1\r\nHost: " + host + "\r\n\r\n";
      case 1 -> "GET /api/health HTTP/9.9\r\nHost: " + host + "\r\n\r\n";
      case 2 -> "BLAH\r\n\r\n";
      case 3 -> "GET /api/health HTTP/1.1\r\nConnection: close\r\n\r\n";
      case 4 -> "GET /api/health HTTP/1.1\r\nHost: " + host + "\r\nno colon here\r\n\r\n";
      case 5 -> "GET http://evil.example/api/health HTTP/1.1\r\nHost: " + host
          + "\r\nConnection: close\r\n\r\n";
      case 6 -> "OPTIONS * HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
      case 7 -> "GET /api/health HTTP/1.1\r\nHost: " + host + "\r\nX-Nul: a\u0000b\r\n\r\n";
      case 8 -> "POST /api/search HTTP/1.1\r\nHost: " + host
          + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\nxx\r\n0\r\n\r\n";
      case 9 -> "POST /api/search HTTP/1.1\r\nHost: " + host
          + "\r\nContent-Length: -5\r\nConnection: close\r\n\r\n";
      case 10 -> "GET /" + "x".repeat(100_000) + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n";
      default -> "\r\n\r\n";
    };
    String summary = raw.length() > 80 ? raw.substring(0, 80) + "…" : raw;
    return new HttpFuzzer.Probe("broken", summary.replace("\r\n", "⏎"),
        raw.getBytes(StandardCharsets.ISO_8859_1), false);
  }

  private HttpFuzzer.Probe get(String route, String target, String host) {
    return probe(route, "GET " + target, "GET", target, host, "", null, true);
  }

  private static HttpFuzzer.Probe probe(String route, String summary, String method,
      String target, String host, String headers, byte[] body, boolean wellFormed) {
    StringBuilder head = new StringBuilder()
        .append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
        .append("Host: ").append(host).append("\r\n")
        .append("Connection: close\r\n")
        .append(headers);
    if (body != null) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    byte[] h = head.toString().getBytes(StandardCharsets.UTF_8);
    byte[] all = h;
    if (body != null) {
      all = java.util.Arrays.copyOf(h, h.length + body.length);
      System.arraycopy(body, 0, all, h.length, body.length);
    }
    String s = summary.length() > 160 ? summary.substring(0, 160) + "…" : summary;
    return new HttpFuzzer.Probe(route, s, all, wellFormed);
  }

}
