package dev.cvsearch.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.HttpStatus;

/**
 * An RFC 9457 problem document, the body of every error response.
 *
 * @param type "about:blank": the status and title say what kind of problem it is
 * @param title the HTTP reason phrase ("Bad Request")
 * @param status the HTTP status code
 * @param detail what went wrong and how to fix it, in words users understand
 * @param parameter the request parameter at fault, when there is one (an extension member)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String parameter) {
  /** The media type of problem documents. */
  public static final String CONTENT_TYPE = "application/problem+json";

  /** A problem for a status with a detail message. */
  public static Problem of(int status, String detail) {
    return of(status, detail, null);
  }

  /** A problem for a status with a detail message that names the parameter at fault. */
  public static Problem of(int status, String detail, String parameter) {
    HttpStatus known = HttpStatus.forStatus(status);
    String title = known == HttpStatus.UNKNOWN ? "Error" : known.getMessage();
    return new Problem("about:blank", title, status, detail, parameter);
  }
}
