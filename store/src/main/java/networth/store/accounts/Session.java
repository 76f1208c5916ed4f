package networth.store.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import networth.store.User;

/**
 * A signed-in browser, as found by its token.
 *
 * @param user who signed in
 * @param csrfHash the SHA-256 (hex) of what every write made with the session must carry in {@code
 *     X-CSRF-Token}; the token itself is not kept
 * @param expiresAt when it stops being valid
 */
public record Session(User user, String csrfHash, Instant expiresAt) {

  /** Whether {@code sent} is the session's CSRF token, compared in constant time. */
  public boolean acceptsCsrf(String sent) {
    return acceptsCsrf(csrfHash, sent);
  }

  /** Whether {@code sent} is the CSRF token whose hash is {@code csrfHash}, in constant time. */
  public static boolean acceptsCsrf(String csrfHash, String sent) {
    // Hashes of equal length are compared, so the time taken tells nothing of the token's length.
    return MessageDigest.isEqual(
        Sessions.hash(sent).getBytes(StandardCharsets.US_ASCII),
        csrfHash.getBytes(StandardCharsets.US_ASCII));
  }
}
