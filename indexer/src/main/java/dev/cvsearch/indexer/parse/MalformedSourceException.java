package dev.cvsearch.indexer.parse;

/**
 * A whole file cannot be read as its format: it is skipped and reported with this message, and the
 * run goes on.
 */
public class MalformedSourceException extends Exception {
  private final String file;
  private final Integer line;

  public MalformedSourceException(String file, Integer line, String reason) {
    this(file, line, reason, null);
  }

  public MalformedSourceException(String file, Integer line, String reason, Throwable cause) {
    super(reason, cause);
    this.file = file;
    this.line = line;
  }

  public String file() {
    return file;
  }

  /** 1-based line, or null when the problem is not at a line. */
  public Integer line() {
    return line;
  }

  public Skipped toSkipped() {
    return new Skipped(file, line, getMessage());
  }
}
