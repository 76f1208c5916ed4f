package networth.server.maps;

import io.javalin.http.Context;
import networth.server.http.Versions;
import networth.store.Store;
import networth.store.StoreException;
import networth.store.User;

/**
 * The {@code If-Match} of a write to a map: the ETag the writer read, so that a write made to an
 * older version is refused (412), or {@code *}, which RFC 9110 (section 13.1.1) makes match any
 * current version: the writer overwrites whatever the map holds now, deliberately. A map that does
 * not exist (or that the user may not see) is 404 either way.
 */
final class IfMatch {

  /** How often a write with {@code *} is made again when another write lands in between. */
  static final int ANY_TRIES = 5;

  /** A write made to one version; answers the new version. */
  interface Write {
    long at(long basedOn);
  }

  private IfMatch() {}

  /** Whether the request's {@code If-Match} is {@code *}. */
  static boolean any(Context ctx) {
    String header = ctx.header("If-Match");
    return header != null && header.strip().equals("*");
  }

  /**
   * Refuses, before anything else is read, a write without {@code If-Match} (428) or with one that
   * names no version (412).
   */
  static void required(Context ctx) {
    if (!any(ctx)) {
      Versions.basedOn(ctx);
    }
  }

  /**
   * Runs {@code write} at the version the {@code If-Match} names; with {@code *}, at the version
   * the map is at now, made again on the newer version should another write land first.
   */
  static long write(Context ctx, Store store, User user, String id, Write write) {
    if (!any(ctx)) {
      return write.at(Versions.basedOn(ctx));
    }
    for (int tries = 1; ; tries++) {
      try {
        return write.at(store.maps().version(user, id));
      } catch (StoreException.Stale e) {
        if (tries == ANY_TRIES) {
          throw e;
        }
      }
    }
  }
}
