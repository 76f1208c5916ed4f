package networth.server.http;

import io.javalin.http.Context;

/**
 * A map's version as its {@code ETag}, and the {@code If-Match} every write carries (RFC 9110
 * conditional requests; a missing one is 428, RFC 6585): so two people editing at once never
 * overwrite each other unseen.
 */
public final class Versions {

  private Versions() {}

  /** The entity tag of a version: {@code "3"}. */
  public static String etag(long version) {
    return "\"" + version + "\"";
  }

  /** Sets the ETag of the version answered. */
  public static void tag(Context ctx, long version) {
    ctx.header("ETag", etag(version));
  }

  /**
   * Whether {@code If-None-Match} names this version, so that 304 answers (weak tags compare
   * weakly, as RFC 9110 says for this header).
   */
  public static boolean notModified(Context ctx, long version) {
    String header = ctx.header("If-None-Match");
    if (header == null) {
      return false;
    }
    for (String tag : header.split(",")) {
      String t = tag.strip();
      if (t.equals("*") || t.equals(etag(version)) || t.equals("W/" + etag(version))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The version a write is based on, from its {@code If-Match}.
   *
   * @throws ApiException 428 when there is none; 412 when it names no version of a map
   */
  public static long basedOn(Context ctx) {
    String header = ctx.header("If-Match");
    if (header == null || header.isBlank()) {
      throw new ApiException(
          428,
          "Precondition required",
          "a change must say which version of the map it was made to: send the ETag you read"
              + " (GET the map) in an If-Match header, e.g. If-Match: \"3\"");
    }
    String t = header.strip();
    if (t.length() > 2 && t.startsWith("\"") && t.endsWith("\"")) {
      try {
        long v = Long.parseLong(t.substring(1, t.length() - 1));
        if (v >= 1) {
          return v;
        }
      } catch (NumberFormatException e) {
        // Falls through to the refusal: no version of a map has this tag.
      }
    }
    throw new ApiException(
        412,
        "Precondition failed",
        "If-Match "
            + t
            + " is no version of this map: send the ETag of the map as you read it, such as"
            + " \"3\" (with the quotes)");
  }
}
