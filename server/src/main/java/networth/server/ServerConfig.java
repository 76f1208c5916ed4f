package networth.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import networth.store.StoreConfig;
import networth.store.accounts.Sessions;

/**
 * How a server is started: where it listens, where its data is, how large a body it takes and how
 * long a session lasts.
 *
 * @param bind the address to listen on; a loopback one lets one local user work without accounts
 * @param port the port, 0 for any free one
 * @param store the database
 * @param bodyLimit the largest request body, in bytes
 * @param sessionLifetime how long a session lasts after signing in
 */
public record ServerConfig(
    String bind, int port, StoreConfig store, long bodyLimit, Duration sessionLifetime) {

  public static final String BIND_DEFAULT = "127.0.0.1";
  public static final int PORT_DEFAULT = 7878;

  /** 5 MB: a map of tens of thousands of nodes, and far from what exhausts a server. */
  public static final long BODY_LIMIT_DEFAULT = 5L * 1024 * 1024;

  /** 1 GB: a body is read whole into memory, so no server should take more. */
  public static final long BODY_LIMIT_MAX = 1024L * 1024 * 1024;

  public ServerConfig {
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(store, "store");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be from 0 to 65535, was " + port);
    }
    if (bodyLimit < 1) {
      throw new IllegalArgumentException("the body limit must be positive");
    }
  }

  /** A server on the default address and port with the defaults. */
  public static ServerConfig of(String bind, int port, StoreConfig store) {
    return new ServerConfig(bind, port, store, BODY_LIMIT_DEFAULT, Sessions.LIFETIME_DEFAULT);
  }

  /** The same, taking request bodies of up to {@code bytes}. */
  public ServerConfig withBodyLimit(long bytes) {
    return new ServerConfig(bind, port, store, bytes, sessionLifetime);
  }

  /**
   * Whether the address is this machine's loopback, where nobody else can reach the server.
   *
   * @throws IllegalArgumentException when the address is not one
   */
  public boolean isLoopback() {
    try {
      return InetAddress.getByName(bind).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(
          "--bind "
              + bind
              + " is no address of this machine: give an IP address such as 127.0.0.1");
    }
  }
}
