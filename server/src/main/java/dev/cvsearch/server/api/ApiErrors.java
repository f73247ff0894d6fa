package dev.cvsearch.server.api;

import dev.cvsearch.indexer.search.InvalidRequestException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps exceptions to problem documents: client mistakes to 4xx with a message that says what to fix,
 * index trouble to 503 with a generic message (the cause is logged here, never sent).
 *
 * <p>There is deliberately no handler for {@code Exception}: a bug should stay a logged 500 that
 * Javalin produces, not be dressed up as something else.
 */
public final class ApiErrors {
  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
  private static final String UNAVAILABLE =
      "The search index cannot be read right now; try again in a moment.";

  private ApiErrors() {}

  /** Registers the handlers on a Javalin routes config. */
  public static void register(RoutesConfig routes) {
    routes.exception(InvalidRequestException.class,
        (e, ctx) -> write(ctx, Problem.of(400, e.getMessage(), e.parameter())));
    routes.exception(ValidationException.class, (e, ctx) -> write(ctx, Problem.of(400,
        e.getErrors().entrySet().stream()
            .map(en -> en.getKey() + ": " + en.getValue().stream()
                .map(v -> v.getMessage()).collect(Collectors.joining(", ")))
            .collect(Collectors.joining("; ")))));
    routes.exception(HttpResponseException.class,
        (e, ctx) -> write(ctx, Problem.of(e.getStatus(), detail(e))));
    routes.exception(IOException.class, (e, ctx) -> unavailable(ctx, e));
    routes.exception(UncheckedIOException.class, (e, ctx) -> unavailable(ctx, e));
    // Bugs stay 500s that Javalin logs with their stack trace; only the body becomes a problem.
    routes.error(500, ctx -> write(ctx, Problem.of(500,
        "Something went wrong on our side; it has been logged. Try again or change the request.")));
  }

  /** Writes a problem document with its status and media type. */
  public static void write(Context ctx, Problem problem) {
    ctx.status(problem.status()).json(problem).contentType(Problem.CONTENT_TYPE);
  }

  private static void unavailable(Context ctx, Exception e) {
    LOG.error("{} {} failed reading the index", ctx.method(), ctx.path(), e);
    write(ctx, Problem.of(503, UNAVAILABLE));
  }

  /** Javalin's own messages are fine for users, except the bare reason phrase it uses by default. */
  private static String detail(HttpResponseException e) {
    String m = e.getMessage();
    if (e.getStatus() == 404 && (m == null || m.isBlank() || m.startsWith("Endpoint ")
        || m.equals("Not Found"))) {
      return "Nothing here. The API lives under /api (see /openapi.json).";
    }
    return m == null || m.isBlank() ? Problem.of(e.getStatus(), "").title() : m;
  }
}
