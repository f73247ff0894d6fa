package dev.cvsearch.indexer.search;

/** A request users can fix (query too long, page too deep, yearFrom after yearTo): an HTTP 400. */
public class InvalidRequestException extends RuntimeException {
  private final String parameter;

  public InvalidRequestException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  /** The parameter at fault ("q", "page", "yearFrom"…). */
  public String parameter() {
    return parameter;
  }
}
