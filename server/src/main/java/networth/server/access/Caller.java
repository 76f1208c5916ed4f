package networth.server.access;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
import networth.server.http.ApiException;
import networth.store.User;

/**
 * Who made a request: a user with a session (whose CSRF token every write must carry), or the local
 * user of a server on 127.0.0.1 without accounts, before it has asked for its session.
 *
 * @param user the user
 * @param csrf the session's CSRF token; empty for the local user without a session
 */
public record Caller(User user, Optional<String> csrf) {

  private static final String ATTRIBUTE = "networth.caller";

  public Caller {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(csrf, "csrf");
  }

  void attach(Context ctx) {
    ctx.attribute(ATTRIBUTE, this);
  }

  /**
   * The caller of a request that the guard let through.
   *
   * @throws ApiException 401 when nobody is signed in
   */
  public static Caller of(Context ctx) {
    Caller c = ctx.attribute(ATTRIBUTE);
    if (c == null) {
      throw ApiException.unauthorized(
          "sign in first: POST /api/session with {\"name\": ..., \"password\": ...}");
    }
    return c;
  }

  static Optional<Caller> find(Context ctx) {
    return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
  }
}
