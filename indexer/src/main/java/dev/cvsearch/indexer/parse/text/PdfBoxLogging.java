package dev.cvsearch.indexer.parse.text;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Turns down PDFBox's logging, which warns about every odd font or broken cross-reference and would
 * bury a reindex summary under thousands of stderr lines.
 *
 * <p>PDFBox 3 logs through commons-logging 1.3+, which picks Log4j API if present, else SLF4J if
 * present, else java.util.logging. The indexer alone ships none of the first two, so the JUL level
 * is what counts there; the server bundles slf4j-simple, whose per-logger level is a system
 * property read when each logger is created. Both are set here, each only when the user has not
 * configured it, so {@code -Dorg.slf4j.simpleLogger.log.org.apache.pdfbox=warn} or a JUL
 * logging.properties entry still wins. What PDFBox could not get past is reported anyway: as a
 * {@code MalformedSourceException} for the file.
 */
final class PdfBoxLogging {
  private static final String[] PACKAGES = {"org.apache.pdfbox", "org.apache.fontbox"};

  // JUL holds loggers weakly: without these references the level would be lost at the next GC.
  private static final List<Logger> KEPT = new ArrayList<>();

  private static boolean done;

  private PdfBoxLogging() {}

  static synchronized void quiet() {
    if (done) {
      return;
    }
    done = true;
    for (String pkg : PACKAGES) {
      String slf4jKey = "org.slf4j.simpleLogger.log." + pkg;
      if (System.getProperty(slf4jKey) == null) {
        System.setProperty(slf4jKey, "off");
      }
      if (LogManager.getLogManager().getProperty(pkg + ".level") == null) {
        Logger logger = Logger.getLogger(pkg);
        logger.setLevel(Level.OFF);
        KEPT.add(logger);
      }
    }
  }
}
