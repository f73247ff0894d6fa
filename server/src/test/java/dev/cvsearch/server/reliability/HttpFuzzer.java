package dev.cvsearch.server.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Sends random and hostile HTTP/1.1 requests to every route over raw sockets (so malformed
 * targets, bad escapes, odd methods and oversized parts reach the server as written), each with a
 * deadline. Counts answers by status; a 5xx, a request with no answer before the deadline, or a
 * well-formed request whose connection closes without an answer is a finding.
 */
final class HttpFuzzer {
  /** What to send: how many requests, from how many clients, with what deadline and seed. */
  record Config(int requests, int clients, int timeoutMillis, long seed, String adminToken,
      List<String> ids) {}

  /**
   * Status counts per route family, and the findings: 5xx answers (except 505 to a request line
   * with an unknown HTTP version), requests without an answer or close before the deadline, and
   * well-formed requests whose connection closed without an answer.
   */
  record Result(int requests, Map<String, Map<Integer, Long>> statusByRoute,
      List<String> serverErrors, List<String> hangs, List<String> noAnswer, long maxMillis,
      double seconds) {
    boolean ok() {
      return serverErrors.isEmpty() && hangs.isEmpty() && noAnswer.isEmpty();
    }

    String report() {
      StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
          "fuzzer: %d requests in %.1f s, 5xx: %d, hangs: %d, closed without answer: %d,"
              + " slowest %d ms%n", requests, seconds, serverErrors.size(), hangs.size(),
          noAnswer.size(), maxMillis));
      statusByRoute.forEach((route, counts) ->
          b.append(String.format(Locale.ROOT, "  %-10s %s%n", route, counts)));
      serverErrors.stream().limit(10).forEach(e -> b.append("  5xx: ").append(e).append('\n'));
      hangs.stream().limit(10).forEach(e -> b.append("  hang: ").append(e).append('\n'));
      noAnswer.stream().limit(10).forEach(e -> b.append("  no answer: ").append(e).append('\n'));
      b.append(ok() ? "  RESULT: PASS\n" : "  RESULT: FAIL\n");
      return b.toString();
    }
  }

  /** One request as bytes, the route family it targets, and whether it is valid HTTP. */
  record Probe(String route, String summary, byte[] bytes, boolean wellFormed) {}

  private HttpFuzzer() {}

  static Result run(String host, int port, Config c) throws Exception {
    Map<String, Map<Integer, LongAdder>> counts = new ConcurrentHashMap<>();
    ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> hangs = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> closed = new ConcurrentLinkedQueue<>();
    AtomicLong max = new AtomicLong();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(c.clients());
    List<Future<?>> done = new ArrayList<>();
    for (int k = 0; k < c.clients(); k++) {
      int client = k;
      done.add(pool.submit(() -> {
        Random r = new Random(c.seed() * 31 + client);
        Requests gen = new Requests(r, c.adminToken(), c.ids());
        for (int i = client; i < c.requests(); i += c.clients()) {
          Probe p = gen.next(host + ":" + port);
          long t0 = System.nanoTime();
          int status;
          String answer;
          try {
            answer = send(host, port, p.bytes(), !p.wellFormed(), c.timeoutMillis());
            status = status(answer);
          } catch (SocketTimeoutException e) {
            hangs.add(p.summary());
            continue;
          } catch (IOException e) {
            if (p.wellFormed()) {
              closed.add(p.summary() + " -> " + e);
            }
            status = -1; // a reset for garbage is a fair answer
            answer = "";
          }
          if (status == 200 && LEAKED.matcher(answer).find()) {
            errors.add("leaked a file outside the web folder: " + p.summary());
          }
          max.accumulateAndGet((System.nanoTime() - t0) / 1_000_000, Math::max);
          if (status == 0 && p.wellFormed()) {
            closed.add(p.summary() + " -> closed without a status line");
          }
          // 505 is HTTP's own answer to "HTTP/9.9" in a request line, not a server failure.
          if (status >= 500 && !(status == 505 && !p.wellFormed())) {
            errors.add(status + " " + p.summary());
          }
          counts.computeIfAbsent(p.route(), x -> new ConcurrentHashMap<>())
              .computeIfAbsent(status, x -> new LongAdder()).increment();
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    Map<String, Map<Integer, Long>> table = new TreeMap<>();
    counts.forEach((route, m) -> {
      Map<Integer, Long> t = new TreeMap<>();
      m.forEach((s, n) -> t.put(s, n.sum()));
      table.put(route, t);
    });
    return new Result(c.requests(), table, List.copyOf(errors), List.copyOf(hangs),
        List.copyOf(closed), max.get(), (System.nanoTime() - start) / 1e9);
  }

  /** Signs of files that must never be served: system files, build files, classes, the jar. */
  private static final java.util.regex.Pattern LEAKED = java.util.regex.Pattern.compile(
      "root:x:0:0|<modelVersion>|Manifest-Version:|\\xCA\\xFE\\xBA\\xBE|^PK\\x03\\x04",
      java.util.regex.Pattern.MULTILINE);

  /** The status of an answer's first line, 0 when it is not one. */
  static int status(String answer) {
    if (!answer.startsWith("HTTP/1.") || answer.length() < 12) {
      return 0;
    }
    return Integer.parseInt(answer.substring(9, 12));
  }

  /**
   * Sends one request on a fresh connection; the first 64 KB of the answer (ISO-8859-1), empty
   * when none came. With
   * {@code halfClose} the client then closes its side, as a client that has nothing more to say
   * does: a server must not wait forever for the rest of a broken request.
   */
  static String send(String host, int port, byte[] request, boolean halfClose,
      int timeoutMillis) throws IOException {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(host, port), timeoutMillis);
      s.setSoTimeout(timeoutMillis);
      long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
      OutputStream out = s.getOutputStream();
      try {
        out.write(request);
        out.flush();
        if (halfClose) {
          s.shutdownOutput();
        }
      } catch (IOException e) {
        // The server may answer (413, 431) and close before reading all we send: read that.
      }
      InputStream in = s.getInputStream();
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      int n;
      while ((n = in.read(buf)) > 0) {
        if (head.size() < 65_536) {
          head.write(buf, 0, n);
        }
        if (System.nanoTime() > deadline) {
          throw new SocketTimeoutException("answer still streaming at the deadline");
        }
      }
      return head.toString(StandardCharsets.ISO_8859_1);
    }
  }

  /**
   * {@code [--port P] --requests N --clients C --timeout MS --seed S [--shared DIR]}: without a
   * port, indexes the seeds into a temporary folder and fuzzes its own server (admin API on), then
   * checks that it still answers a health check and a search. Exit 0 only on PASS.
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> a = Args.parse(args);
    int requests = Integer.parseInt(a.getOrDefault("requests", "10000"));
    int clients = Integer.parseInt(a.getOrDefault("clients", "4"));
    int timeout = Integer.parseInt(a.getOrDefault("timeout", "10000"));
    long seed = Long.parseLong(a.getOrDefault("seed", "1"));
    if (a.containsKey("port")) {
      Result r = run(a.getOrDefault("host", "127.0.0.1"), Integer.parseInt(a.get("port")),
          new Config(requests, clients, timeout, seed, a.get("token"), Collections.emptyList()));
      System.out.print(r.report());
      System.exit(r.ok() ? 0 : 1);
    }
    java.nio.file.Path seeds =
        java.nio.file.Path.of(a.getOrDefault("shared", "../shared"), "seeds");
    java.nio.file.Path index = java.nio.file.Files.createTempDirectory("cvsearch-fuzz-");
    String token = "fuzz-token-" + Long.toHexString(new Random(seed).nextLong());
    dev.cvsearch.server.cli.Indexes.rebuild(seeds, index, false, null);
    boolean healthy;
    Result r;
    try (LiveServer server = LiveServer.start(index, token,
        () -> dev.cvsearch.server.cli.Indexes.rebuild(seeds, index, false, null))) {
      List<String> ids = ids(server);
      r = run("127.0.0.1", server.port(), new Config(requests, clients, timeout, seed, token, ids));
      healthy = status(send("127.0.0.1", server.port(),
          "GET /api/search?q=speech HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII), false, timeout)) == 200;
    }
    System.out.print(r.report());
    System.out.println("  server healthy afterwards (search answers 200): " + healthy);
    System.exit(r.ok() && healthy ? 0 : 1);
  }

  /** Real work and person ids from the server, so some detail requests hit. */
  static List<String> ids(LiveServer server) throws IOException {
    String answer = send("127.0.0.1", server.port(),
        "GET /api/search?q=&size=50 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII), false, 10_000);
    List<String> ids = new ArrayList<>();
    var body = dev.cvsearch.indexer.Json.MAPPER.readTree(
        answer.substring(answer.indexOf("\r\n\r\n") + 4));
    body.path("hits").forEach(h -> ids.add(h.path("id").asText()));
    return ids;
  }
}
