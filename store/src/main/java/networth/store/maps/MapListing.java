package networth.store.maps;

import java.time.Instant;
import networth.store.Role;

/**
 * A map in the list of those a user may see.
 *
 * @param id the map's id
 * @param title its title (empty when it has none)
 * @param version its latest version
 * @param role how the user may use it
 * @param owner the name of the user who owns it
 * @param changedAt when its latest version was made
 */
public record MapListing(
    String id, String title, long version, Role role, String owner, Instant changedAt) {}
