package dev.cvsearch.server;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.cvsearch.indexer.Json;
import dev.cvsearch.indexer.search.Searcher;
import dev.cvsearch.server.admin.IndexRebuild;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A real server on a free loopback port, with a client that speaks to it. */
final class TestServer implements AutoCloseable {
  final Javalin app;
  final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private TestServer(Javalin app) {
    this.app = app;
  }

  static TestServer start(Searcher searcher) {
    return start(searcher, ServerConfig.local(0), null);
  }

  static TestServer start(Searcher searcher, ServerConfig config, IndexRebuild rebuild) {
    return new TestServer(App.create(searcher, config, rebuild).start());
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + app.port() + pathAndQuery);
  }

  HttpResponse<String> get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GETs a path, expects 200 and reads the body as a DTO. */
  <T> T getJson(String pathAndQuery, Class<T> type) {
    HttpResponse<String> r = get(pathAndQuery);
    if (r.statusCode() != 200) {
      throw new AssertionError(pathAndQuery + " -> " + r.statusCode() + " " + r.body());
    }
    return read(r.body(), type);
  }

  static <T> T read(String body, Class<T> type) {
    try {
      return Json.MAPPER.readValue(body, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> T read(String body, TypeReference<T> type) {
    try {
      return Json.MAPPER.readValue(body, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    app.stop();
  }
}
