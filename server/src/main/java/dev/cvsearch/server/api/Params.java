package dev.cvsearch.server.api;

import dev.cvsearch.indexer.search.InvalidRequestException;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Small query-parameter checks shared by the handlers that take few parameters. */
final class Params {
  private Params() {}

  /** Rejects parameter names the route does not know, so typos do not pass silently. */
  static void allowOnly(Context ctx, Set<String> names) {
    for (var e : ctx.queryParamMap().entrySet()) {
      if (!names.contains(e.getKey())) {
        throw new InvalidRequestException(e.getKey(), "unknown parameter '" + e.getKey()
            + "'; known: " + String.join(", ", new TreeSet<>(names)));
      }
      if (e.getValue().size() > 1) {
        throw new InvalidRequestException(e.getKey(), "give '" + e.getKey() + "' at most once");
      }
    }
  }

  /** The value of a parameter, or null when absent or blank. */
  static String single(Context ctx, String name) {
    List<String> v = ctx.queryParams(name);
    return v.isEmpty() || v.get(0).isBlank() ? null : v.get(0);
  }

  static int integer(Context ctx, String name, int fallback, int min, int max) {
    String v = single(ctx, name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // Falls through to the same message as an out-of-range number.
    }
    throw new InvalidRequestException(name, "'" + name + "' must be a whole number between " + min
        + " and " + max + ", not '" + v + "'");
  }
}
