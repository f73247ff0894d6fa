package dev.cvsearch.server.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;

/** Starts an app, says where it listens, and keeps the command alive until the JVM is told to stop. */
final class ServerRunner {
  private ServerRunner() {}

  /**
   * Starts the app and blocks until SIGINT/SIGTERM; the shutdown hook stops Jetty gracefully, which
   * lets requests in flight finish and then closes the index.
   *
   * @param afterStop runs once the server has stopped (demo clean-up), or null
   */
  static int serve(Javalin app, String host, PrintWriter out, Runnable afterStop)
      throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      if (afterStop != null) {
        afterStop.run();
      }
      stopped.countDown();
    }, "cvsearch-shutdown"));
    app.start();
    String shownHost = host.contains(":") ? "[" + host + "]" : host;
    out.println("cvsearch: serving http://" + shownHost + ":" + app.port() + "/  (Ctrl+C stops)");
    out.flush();
    stopped.await();
    return 0;
  }
}
