package networth.server;

/** The server will not start as asked; the message says why and what to do (exit code 2). */
public final class ServerRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ServerRefused(String message) {
    super(message);
  }
}
