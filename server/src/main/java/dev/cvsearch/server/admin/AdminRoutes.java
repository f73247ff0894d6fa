package dev.cvsearch.server.admin;

import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Header;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Admin handlers behind a bearer token. They exist only when a token is configured; the token is
 * compared in constant time and never logged.
 */
public final class AdminRoutes {
  private final byte[] token;
  private final ReindexJob job;

  public AdminRoutes(String token, ReindexJob job) {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("an admin token is required");
    }
    this.token = token.getBytes(StandardCharsets.UTF_8);
    this.job = job;
  }

  /** A before-handler for the admin paths: 401 without a bearer token, 403 with a wrong one. */
  public void authorize(Context ctx) {
    String header = ctx.header(Header.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      ctx.header(Header.WWW_AUTHENTICATE, "Bearer realm=\"cvsearch-admin\"");
      throw new UnauthorizedResponse("send the admin token as 'Authorization: Bearer <token>'");
    }
    byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, token)) {
      throw new ForbiddenResponse("the admin token is wrong");
    }
  }

  /** {@code POST /api/admin/reindex}: 202 with the status when started, 409 when one is running. */
  public void reindex(Context ctx) {
    ReindexJob.Started s = job.start();
    if (!s.started()) {
      throw new ConflictResponse("a reindex is already running (started "
          + s.status().startedAt() + "); follow it at GET /api/admin/reindex");
    }
    ctx.status(202).json(s.status());
  }

  /** {@code GET /api/admin/reindex}: the status of the last reindex. */
  public void status(Context ctx) {
    ctx.json(job.status());
  }
}
