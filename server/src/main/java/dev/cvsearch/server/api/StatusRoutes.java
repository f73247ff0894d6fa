package dev.cvsearch.server.api;

import dev.cvsearch.indexer.search.Searcher;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Set;

/** Handlers that describe the service: {@code /api/stats} and {@code /api/health}. */
public final class StatusRoutes {
  private final Searcher searcher;

  public StatusRoutes(Searcher searcher) {
    this.searcher = searcher;
  }

  /**
   * The body of {@code GET /api/health}.
   *
   * @param status "ok" (an unreadable index answers 503 with a problem document instead)
   * @param generation the live index generation
   * @param documents works plus people in it
   */
  public record Health(String status, String generation, long documents) {}

  /** {@code GET /api/stats}: counts per type, source format and venue; generation and build time. */
  public void stats(Context ctx) throws IOException {
    Params.allowOnly(ctx, Set.of());
    ctx.json(searcher.info());
  }

  /** {@code GET /api/health}: 200 when the index can be read. */
  public void health(Context ctx) throws IOException {
    // The cheap status, not info(): health is probed at start-up and often after.
    Searcher.Status status = searcher.status();
    ctx.json(new Health("ok", status.generation(), status.documents()));
  }
}
