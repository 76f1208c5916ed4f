package networth.store.maps;

import networth.store.Role;

/**
 * Who may use a map, and how.
 *
 * @param user the user's name
 * @param role owner, editor or viewer
 */
public record MapAccess(String user, Role role) {}
