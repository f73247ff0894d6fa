package dev.cvsearch.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /openapi.json}: the OpenAPI 3.0 description, a resource kept next to the routes. */
public final class OpenApiRoute {
  /** Classpath location of the document. */
  public static final String RESOURCE = "/openapi.json";

  private final byte[] document;

  private OpenApiRoute(byte[] document) {
    this.document = document;
  }

  /** Reads the document once; a build without it is broken, so that fails loudly. */
  public static OpenApiRoute load() {
    try (InputStream in = OpenApiRoute.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new OpenApiRoute(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Serves the document. */
  public void handle(Context ctx) {
    ctx.contentType(dev.cvsearch.server.web.WebHeaders.JSON).result(document);
  }
}
