package networth.server.access;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import networth.server.ServerConfig;
import networth.server.http.ApiException;
import networth.store.Store;
import networth.store.StoreException;
import networth.store.accounts.Accounts;
import networth.store.accounts.Readers;
import networth.store.accounts.Session;

/**
 * What every request passes before its route: the Host header on a loopback server (DNS rebinding),
 * the size of its body, who is calling, and the CSRF token of every write. Who is calling is looked
 * up for a write at once, for a read when its route first asks: a read of a map finds its caller,
 * their access and the map's version in one query ({@link #reading}).
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
    Caller.attachLookup(ctx, () -> caller(ctx));
    if (WRITES.contains(ctx.method()) && !isSignIn(ctx)) {
      checkCsrf(ctx, Caller.find(ctx));
    }
  }

  /**
   * Who reads map {@code id} and its version now, from one query; what the caller may not see is
   * not found.
   *
   * @throws ApiException 401 when nobody is signed in
   * @throws StoreException.NotFound when the caller may not see the map, or there is none
   */
  public Reading reading(Context ctx, String id) {
    Optional<Readers.Reader> found = store.readers().find(token(ctx), config.isLoopback(), id);
    if (found.isEmpty()) {
      // Nobody signed in, or the local user not yet made: the lookup of every other route says
      // which, and makes the local user when it is the one.
      Caller caller = Caller.of(ctx);
      return new Reading(caller, store.maps().version(caller.user(), id));
    }
    Readers.Reader reader = found.get();
    Caller caller = new Caller(reader.user(), reader.csrfHash());
    caller.attach(ctx);
    Readers.Reader.Access access =
        reader.map().orElseThrow(() -> new StoreException.NotFound("there is no map " + id));
    return new Reading(caller, access.version());
  }

  /**
   * A map as its reader finds it.
   *
   * @param caller who reads it
   * @param version its version now
   */
  public record Reading(Caller caller, long version) {}

  /** The 413 of a body over the limit. */
  public static ApiException tooLarge(long limit) {
    return new ApiException(
        413,
        "Content too large",
        "the request's body is larger than "
            + limit / (1024 * 1024)
            + " MB, the most this server takes: split the map, or start the server with a larger"
            + " limit (networth serve --max-body MB)");
  }

  /**
   * Whether the server works as the local user for whoever has no session. It stops the moment an
   * account is added, and the local user's sessions with it.
   */
  public boolean localMode() {
    return config.isLoopback() && store.accounts().count() == 0;
  }

  /** The session token of the request's cookie. */
  static Optional<String> token(Context ctx) {
    return Optional.ofNullable(ctx.cookie(COOKIE)).filter(t -> !t.isEmpty());
  }

  private Optional<Caller> caller(Context ctx) {
    Optional<Session> session = token(ctx).flatMap(t -> store.sessions().find(t));
    if (session.isPresent()
        && (!session.get().user().name().equals(Accounts.LOCAL) || localMode())) {
      return Optional.of(new Caller(session.get().user(), Optional.of(session.get().csrfHash())));
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
    Optional<String> expected = caller.flatMap(Caller::csrfHash);
    if (expected.isEmpty()) {
      throw ApiException.forbidden(
          "a change needs a session and its CSRF token: GET /api/session (or sign in with POST"
              + " /api/session), then send the token it gives in an "
              + CSRF_HEADER
              + " header");
    }
    // The database keeps only the token's hash: the hash of what was sent is compared with it.
    if (sent == null || !Session.acceptsCsrf(expected.get(), sent)) {
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
