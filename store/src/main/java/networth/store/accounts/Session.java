package networth.store.accounts;

import java.time.Instant;
import networth.store.User;

/**
 * A signed-in browser, as found by its token.
 *
 * @param user who signed in
 * @param csrfToken what every write made with the session must carry in {@code X-CSRF-Token}
 * @param expiresAt when it stops being valid
 */
public record Session(User user, String csrfToken, Instant expiresAt) {}
