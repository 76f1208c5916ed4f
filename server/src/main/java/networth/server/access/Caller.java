package networth.server.access;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import networth.server.http.ApiException;
import networth.store.User;

/**
 * Who made a request: a user with a session (whose CSRF token every write must carry), or the local
 * user of a server on 127.0.0.1 without accounts, before it has asked for its session.
 *
 * @param user the user
 * @param csrfHash the hash of the session's CSRF token; empty for the local user without a session
 */
public record Caller(User user, Optional<String> csrfHash) {

  private static final String ATTRIBUTE = "networth.caller";

  public Caller {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(csrfHash, "csrfHash");
  }

  /** Whether the caller has a session (and so a CSRF token), not only the local user's standing. */
  public boolean hasSession() {
    return csrfHash.isPresent();
  }

  void attach(Context ctx) {
    ctx.attribute(ATTRIBUTE, new Found(() -> Optional.of(this)));
  }

  /**
   * Looked up from the database the first time a route asks, not before: a read that finds its
   * caller with the map it reads ({@link Guard#reading}) then makes one round trip, not two.
   */
  static void attachLookup(Context ctx, Supplier<Optional<Caller>> lookup) {
    ctx.attribute(ATTRIBUTE, new Found(lookup));
  }

  /**
   * The caller of a request that the guard let through.
   *
   * @throws ApiException 401 when nobody is signed in
   */
  public static Caller of(Context ctx) {
    return find(ctx)
        .orElseThrow(
            () ->
                ApiException.unauthorized(
                    "sign in first: POST /api/session with {\"name\": ..., \"password\": ...}"));
  }

  static Optional<Caller> find(Context ctx) {
    Found found = ctx.attribute(ATTRIBUTE);
    return found == null ? Optional.empty() : found.get();
  }

  /** A lookup made once per request, on first use (a request is served by one thread). */
  private static final class Found {
    private final Supplier<Optional<Caller>> lookup;
    private Optional<Caller> caller;

    Found(Supplier<Optional<Caller>> lookup) {
      this.lookup = lookup;
    }

    Optional<Caller> get() {
      if (caller == null) {
        caller = lookup.get();
      }
      return caller;
    }
  }
}
