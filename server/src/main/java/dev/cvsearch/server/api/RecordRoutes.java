package dev.cvsearch.server.api;

import dev.cvsearch.indexer.search.InvalidRequestException;
import dev.cvsearch.indexer.search.Searcher;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.Set;

/** Handlers for record pages: {@code /api/works/{id}} and {@code /api/people/{id}}. */
public final class RecordRoutes {
  private static final int MAX_ID_CHARS = 300;

  private final Searcher searcher;

  public RecordRoutes(Searcher searcher) {
    this.searcher = searcher;
  }

  /** {@code GET /api/works/{id}}: the merged work with every source and its linked people. */
  public void work(Context ctx) throws IOException {
    Params.allowOnly(ctx, Set.of());
    String id = id(ctx);
    ctx.json(searcher.work(id)
        .orElseThrow(() -> new NotFoundResponse("no work with id '" + id + "'")));
  }

  /** {@code GET /api/people/{id}}: the person's profile, works and summaries. */
  public void person(Context ctx) throws IOException {
    Params.allowOnly(ctx, Set.of());
    String id = id(ctx);
    ctx.json(searcher.person(id)
        .orElseThrow(() -> new NotFoundResponse("no person with id '" + id + "'")));
  }

  private static String id(Context ctx) {
    String id = ctx.pathParam("id");
    if (id.isBlank() || id.length() > MAX_ID_CHARS) {
      throw new InvalidRequestException("id", "an id has 1 to " + MAX_ID_CHARS + " characters");
    }
    return id;
  }
}
