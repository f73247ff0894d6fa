package dev.cvsearch.server;

import java.time.Duration;

/**
 * How the server listens and who may administer it.
 *
 * @param host interface to bind; loopback unless asked otherwise
 * @param port TCP port; 0 picks a free one (tests)
 * @param adminToken bearer token for the admin API, or null to leave the admin routes out entirely
 * @param stopTimeout how long in-flight requests may take to finish when stopping
 */
public record ServerConfig(String host, int port, String adminToken, Duration stopTimeout) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 7070;

  public ServerConfig {
    host = host == null || host.isBlank() ? DEFAULT_HOST : host;
    adminToken = adminToken == null || adminToken.isBlank() ? null : adminToken;
    stopTimeout = stopTimeout == null ? Duration.ofSeconds(10) : stopTimeout;
  }

  /** Loopback on a given port, no admin API. */
  public static ServerConfig local(int port) {
    return new ServerConfig(DEFAULT_HOST, port, null, null);
  }

  /** The same config with an admin token. */
  public ServerConfig withAdminToken(String token) {
    return new ServerConfig(host, port, token, stopTimeout);
  }

  /** Hides the token, which must never reach a log. */
  @Override
  public String toString() {
    return "ServerConfig[host=" + host + ", port=" + port + ", admin="
        + (adminToken == null ? "off" : "on") + ", stopTimeout=" + stopTimeout + "]";
  }
}
