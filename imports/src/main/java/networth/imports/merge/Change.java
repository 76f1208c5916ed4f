package networth.imports.merge;

import java.util.Objects;
import networth.imports.Origin;

/**
 * One thing an import did to the map, for the summary and for {@code --dry-run}'s list.
 *
 * @param what what kind of item: a node's kind keyword ("person"), {@code link} or {@code
 *     affiliation}
 * @param name how the item is named in the map after the import: a node's id, {@code A -> B}, or
 *     {@code A works at B}
 * @param action what happened to it
 * @param reason why an item was taken as one already in the map ("same profile URL"), else empty
 * @param origin the row it came from
 */
public record Change(String what, String name, Action action, String reason, Origin origin) {

  public Change {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(origin, "origin");
  }

  /** What an import does with one item it found. */
  public enum Action {
    /** New to the map. */
    ADDED,
    /** Already in the map, which now knows more of it (an e-mail, a date). */
    UPDATED,
    /** Already in the map, with everything the import knows of it. */
    UNCHANGED
  }
}
