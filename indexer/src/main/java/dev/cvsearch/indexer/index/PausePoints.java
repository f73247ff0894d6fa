package dev.cvsearch.indexer.index;

import java.io.PrintStream;

/**
 * Named moments of a reindex where a crash test can hold the process so that its SIGKILL lands in
 * a chosen phase: set the system property {@value #PROPERTY} to one of {@code parsed},
 * {@code indexing}, {@code commit}, {@code committed}, {@code pointer}, {@code switched}. The
 * process then prints {@code cvsearch: reindex paused at 'NAME'} on stderr and waits to be killed.
 * Without the property (always, outside such tests) each point is one property read.
 */
final class PausePoints {
  /** The system property naming the point to stop at. */
  static final String PROPERTY = "cvsearch.reindex.pauseAt";

  private PausePoints() {}

  /** Holds the thread forever when the property names this point. */
  static void reached(String point) {
    if (!point.equals(System.getProperty(PROPERTY))) {
      return;
    }
    PrintStream err = System.err;
    err.println("cvsearch: reindex paused at '" + point + "' (" + PROPERTY + ")");
    err.flush();
    try {
      Thread.sleep(Long.MAX_VALUE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // interrupted: carry on, the test is done with us
    }
  }
}
