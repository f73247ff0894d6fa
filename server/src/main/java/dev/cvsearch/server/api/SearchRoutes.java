package dev.cvsearch.server.api;

import dev.cvsearch.indexer.search.InvalidRequestException;
import dev.cvsearch.indexer.search.Searcher;
import dev.cvsearch.indexer.search.Suggestion;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/** Handlers for searching: {@code /api/search} and {@code /api/suggest}. They only do IO. */
public final class SearchRoutes {
  /** Longest prefix autocomplete accepts. */
  public static final int MAX_PREFIX_CHARS = 100;

  private static final int DEFAULT_SUGGESTIONS = 8;
  private static final int MAX_SUGGESTIONS = 20;

  private final Searcher searcher;

  public SearchRoutes(Searcher searcher) {
    this.searcher = searcher;
  }

  /** The body of {@code GET /api/suggest}. */
  public record Suggestions(String q, List<Suggestion> suggestions) {
    public Suggestions {
      suggestions = List.copyOf(suggestions);
    }
  }

  /** {@code GET /api/search}. */
  public void search(Context ctx) throws IOException {
    ctx.json(searcher.search(SearchParams.parse(ctx.queryParamMap())));
  }

  /** {@code GET /api/suggest?q=&limit=}: completions for what has been typed so far. */
  public void suggest(Context ctx) throws IOException {
    Params.allowOnly(ctx, Set.of("q", "limit"));
    String q = Params.single(ctx, "q");
    String prefix = q == null ? "" : q.strip();
    if (prefix.length() > MAX_PREFIX_CHARS) {
      throw new InvalidRequestException("q", "the prefix is too long; at most "
          + MAX_PREFIX_CHARS + " characters");
    }
    int limit = Params.integer(ctx, "limit", DEFAULT_SUGGESTIONS, 1, MAX_SUGGESTIONS);
    List<Suggestion> found = prefix.isEmpty() ? List.of() : searcher.suggest(prefix, limit);
    // Echo q as typed, so a client can match the answer to the keystroke that asked for it.
    ctx.json(new Suggestions(q == null ? "" : q, found));
  }
}
