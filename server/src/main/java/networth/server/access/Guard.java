package networth.server.access;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import networth.server.ServerConfig;
import networth.server.http.ApiException;
import networth.store.Store;
import networth.store.accounts.Session;

/**
 * What every request passes before its route: the Host header on a loopback server (DNS rebinding),
 * the size of its body, who is calling, and the CSRF token of every write.
 */
public final class Guard {

  /** The cookie that holds the session token: HttpOnly, SameSite=Strict. */
  public static final String COOKIE = "networth_session";

  /** The header every write carries, holding the session's CSRF token. */
  public static final String CSRF_HEADER = "X-CSRF-Token";

  private static final Set<HandlerType> WRITES =
      Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

  private final Store store;
  private final ServerConfig config;

  public Guard(Store store, ServerConfig config) {
    this.store = store;
    this.config = config;
  }

  /** Runs before every route. */
  public void before(Context ctx) {
    if (config.isLoopback()) {
      checkHost(ctx.header("Host"));
    }
    long length = ctx.req().getContentLengthLong();
    if (length > config.bodyLimit()) {
      throw tooLarge(config.bodyLimit());
    }
    Optional<Caller> caller = caller(ctx);
    caller.ifPresent(c -> c.attach(ctx));
    if (WRITES.contains(ctx.method()) && !isSignIn(ctx)) {
      checkCsrf(ctx, caller);
    }
  }

  /** The 413 of a body over the limit. */
  public static ApiException tooLarge(long limit) {
    return new ApiException(
        413,
        "Content too large",
        "the request's body is larger than "
            + limit / (1024 * 1024)
            + " MB, the most this server takes: split the map, or start the server with a larger"
            + " limit");
  }

  /** Whether the server works as the local user for whoever has no session. */
  public boolean localMode() {
    return config.isLoopback() && store.accounts().count() == 0;
  }

  private Optional<Caller> caller(Context ctx) {
    String token = ctx.cookie(COOKIE);
    if (token != null && !token.isEmpty()) {
      Optional<Session> session = store.sessions().find(token);
      if (session.isPresent()) {
        return Optional.of(
            new Caller(session.get().user(), Optional.of(session.get().csrfToken())));
      }
    }
    if (localMode()) {
      return Optional.of(new Caller(store.accounts().local(), Optional.empty()));
    }
    return Optional.empty();
  }

  private static boolean isSignIn(Context ctx) {
    return ctx.method() == HandlerType.POST && ctx.path().equals("/api/session");
  }

  private static void checkCsrf(Context ctx, Optional<Caller> caller) {
    String sent = ctx.header(CSRF_HEADER);
    Optional<String> expected = caller.flatMap(Caller::csrf);
    if (expected.isEmpty()) {
      throw ApiException.forbidden(
          "a change needs a session and its CSRF token: GET /api/session (or sign in with POST"
              + " /api/session), then send the token it gives in an "
              + CSRF_HEADER
              + " header");
    }
    if (sent == null
        || !MessageDigest.isEqual(
            sent.getBytes(StandardCharsets.UTF_8),
            expected.get().getBytes(StandardCharsets.UTF_8))) {
      throw ApiException.forbidden(
          "a change must carry the session's CSRF token in an "
              + CSRF_HEADER
              + " header (GET /api/session gives it); "
              + (sent == null ? "this request has none" : "this one does not match"));
    }
  }

  private static void checkHost(String host) {
    String name = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
    // Strip the port: "[::1]:7878", "localhost:7878".
    int colon = name.lastIndexOf(':');
    if (colon > name.lastIndexOf(']')) {
      name = name.substring(0, colon);
    }
    if (!LOOPBACK_NAMES.contains(name)) {
      throw new ApiException(
          421,
          "Misdirected request",
          "this server listens on the loopback address and answers only requests addressed to"
              + " localhost, 127.0.0.1 or [::1], not to '"
              + (host == null ? "" : host)
              + "' (a guard against DNS rebinding): open http://localhost:PORT/");
    }
  }
}
