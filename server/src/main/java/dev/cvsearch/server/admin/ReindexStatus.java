package dev.cvsearch.server.admin;

/**
 * What the admin API says about reindexing.
 *
 * @param state "idle" (none run yet), "running", "succeeded" or "failed"
 * @param startedAt ISO-8601 instant the last run started, or null
 * @param finishedAt ISO-8601 instant it finished, or null
 * @param durationMs how long it took, or null while running
 * @param summary the rebuild's summary, or a generic failure message (details are in the log)
 * @param runs reindexes started since the server started
 */
public record ReindexStatus(
    String state, String startedAt, String finishedAt, Long durationMs, String summary, long runs) {

  static ReindexStatus idle() {
    return new ReindexStatus("idle", null, null, null, null, 0);
  }

  /** Whether a run is in progress. */
  public boolean running() {
    return "running".equals(state);
  }
}
