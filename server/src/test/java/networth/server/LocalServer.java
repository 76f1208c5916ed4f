package networth.server;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A server on a fresh SQLite database for one test class, on 127.0.0.1, with a client that has
 * opened a session as the local user; stopped when the class is done. Registered with
 * {@code @RegisterExtension static final LocalServer local = new LocalServer();}.
 */
final class LocalServer implements BeforeAllCallback, AfterAllCallback {

  private NetworthServer server;
  private Api api;

  @Override
  public void beforeAll(ExtensionContext context) {
    server = Servers.sqlite();
    api = new Api(server.url());
    api.session();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.close();
  }

  NetworthServer server() {
    return server;
  }

  Api api() {
    return api;
  }
}
