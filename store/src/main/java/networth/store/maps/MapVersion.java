package networth.store.maps;

import java.time.Instant;

/**
 * One version in a map's history.
 *
 * @param number 1 for the map as created, then one more for each change
 * @param madeAt when it was made
 * @param user the name of the user who made it
 * @param description what changed, in a line: "added person \"Emily\"", "restored version 3"
 */
public record MapVersion(long number, Instant madeAt, String user, String description) {}
