package networth.store;

import java.util.Objects;

/**
 * Someone who keeps maps.
 *
 * @param id the store's name for the user, never shown
 * @param name the name the user signs in with
 */
public record User(String id, String name) {
  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
