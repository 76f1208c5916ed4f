package networth.server.access;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Optional;
import networth.server.ServerConfig;
import networth.server.http.ApiException;
import networth.server.http.Json;
import networth.store.Store;
import networth.store.User;
import networth.store.accounts.OpenedSession;
import networth.store.accounts.Sessions;

/** {@code /api/session}: signing in and out, and who is signed in. */
public final class SessionRoutes {

  /** Failed logins for one name within {@link #FAILURE_WINDOW} before it must wait. */
  public static final int FAILURES_ALLOWED = 5;

  public static final Duration FAILURE_WINDOW = Duration.ofMinutes(1);

  private final Store store;
  private final Guard guard;
  private final ServerConfig config;

  public SessionRoutes(Store store, Guard guard, ServerConfig config) {
    this.store = store;
    this.guard = guard;
    this.config = config;
  }

  /**
   * {@code GET /api/session}: who is signed in, and the CSRF token their writes carry. On a local
   * server without accounts, the local user's session is opened here, so that its writes too carry
   * a token another web site cannot read.
   */
  public void show(Context ctx) {
    Optional<Caller> caller = Caller.find(ctx);
    Optional<String> token = Guard.token(ctx);
    if (caller.isPresent() && caller.get().hasSession() && token.isPresent()) {
      // Only the CSRF token's hash is kept; the token itself follows from the session's.
      answer(ctx, caller.get().user(), Sessions.csrfOf(token.get()));
      return;
    }
    if (caller.isPresent() && guard.localMode()) {
      opened(ctx, caller.get().user());
      return;
    }
    throw ApiException.unauthorized(
        "nobody is signed in: POST /api/session with {\"name\": ..., \"password\": ...}");
  }

  /** {@code POST /api/session} with {@code {"name", "password"}}. */
  public void signIn(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType();
    // A cross-site form cannot send JSON without the browser asking first: no signing in by form.
    if (!type.startsWith(Json.TYPE)) {
      throw new ApiException(
          415, "Unsupported media type", "send {\"name\": ..., \"password\": ...} as " + Json.TYPE);
    }
    ObjectNode body = Json.body(ctx);
    String name = Json.string(body, "name");
    String password = Json.string(body, "password");
    int failures = store.accounts().failedLogins(name, FAILURE_WINDOW);
    if (failures >= FAILURES_ALLOWED) {
      throw new ApiException(
              429,
              "Too many attempts",
              "too many failed sign-ins as '"
                  + name
                  + "' in the last minute: wait a minute and try again")
          .withHeader("Retry-After", String.valueOf(FAILURE_WINDOW.toSeconds()));
    }
    Optional<User> user = store.accounts().authenticate(name, password);
    if (user.isEmpty()) {
      throw ApiException.unauthorized("wrong name or password");
    }
    opened(ctx, user.get());
  }

  /** {@code DELETE /api/session}: signs out. */
  public void signOut(Context ctx) {
    String token = ctx.cookie(Guard.COOKIE);
    if (token != null) {
      store.sessions().close(token);
    }
    ctx.header("Set-Cookie", cookie("", 0, secure(ctx)));
    ctx.status(204);
  }

  private void opened(Context ctx, User user) {
    // Expired sessions and old failed logins are forgotten as a session opens (Sessions.open).
    OpenedSession s = store.sessions().open(user, config.sessionLifetime());
    ctx.header("Set-Cookie", cookie(s.token(), config.sessionLifetime().toSeconds(), secure(ctx)));
    answer(ctx, user, s.csrfToken());
  }

  private void answer(Context ctx, User user, String csrf) {
    ObjectNode o = Json.object();
    o.put("user", user.name());
    o.put("local", user.name().equals(networth.store.accounts.Accounts.LOCAL));
    o.put("csrf", csrf);
    Json.answer(ctx, o);
  }

  private static String cookie(String value, long maxAge, boolean secure) {
    return Guard.COOKIE
        + "="
        + value
        + "; Path=/; Max-Age="
        + maxAge
        + "; HttpOnly; SameSite=Strict"
        + (secure ? "; Secure" : "");
  }

  /**
   * Whether the browser reached the server over HTTPS (itself, or through a proxy that says so):
   * then the cookie is never sent over plain HTTP.
   */
  private static boolean secure(Context ctx) {
    return ctx.scheme().equals("https")
        || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
  }
}
