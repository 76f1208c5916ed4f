package networth.store.accounts;

import java.time.Instant;

/**
 * A session just opened: the only time its token is known in clear (the store keeps a hash).
 *
 * @param token what the browser's cookie holds
 * @param csrfToken what the page sends back in {@code X-CSRF-Token} with every write
 * @param expiresAt when it stops being valid
 */
public record OpenedSession(String token, String csrfToken, Instant expiresAt) {}
