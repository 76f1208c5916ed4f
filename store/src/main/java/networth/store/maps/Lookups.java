package networth.store.maps;

import java.util.Optional;
import networth.store.Role;
import networth.store.StoreException;
import networth.store.User;
import org.jdbi.v3.core.Handle;

/** What a write or read looks up first: the user's role, the map's version, a version's facts. */
final class Lookups {

  private Lookups() {}

  static Role role(Handle h, User user, String id) {
    Optional<String> role =
        h.createQuery("SELECT role FROM map_access WHERE map_id = :id AND user_id = :u")
            .bind("id", id)
            .bind("u", user.id())
            .mapTo(String.class)
            .findOne();
    return Role.of(role.orElseThrow(() -> new StoreException.NotFound("there is no map " + id)));
  }

  static void ownerOnly(Handle h, User user, String id, String verb) {
    if (role(h, user, id) != Role.OWNER) {
      throw new StoreException.NotAllowed("only the owner of map " + id + " may " + verb + " it");
    }
  }

  static long version(Handle h, String id) {
    return h.createQuery("SELECT version FROM maps WHERE id = :id")
        .bind("id", id)
        .mapTo(Long.class)
        .findOne()
        .orElseThrow(() -> new StoreException.NotFound("there is no map " + id));
  }

  static void checkVersion(Handle h, String id, long version) {
    long latest = version(h, id);
    if (version < 1 || version > latest) {
      throw new StoreException.NotFound(
          "map " + id + " has no version " + version + ": its versions are 1 to " + latest);
    }
  }

  static long undoTo(Handle h, String id, long version) {
    return h.createQuery("SELECT undo_to FROM map_versions WHERE map_id = :id AND version = :v")
        .bind("id", id)
        .bind("v", version)
        .mapTo(Long.class)
        .findOne()
        .orElse(0L);
  }

  static String description(Handle h, String id, long version) {
    return h.createQuery("SELECT description FROM map_versions WHERE map_id = :id AND version = :v")
        .bind("id", id)
        .bind("v", version)
        .mapTo(String.class)
        .findOne()
        .orElse("version " + version);
  }

  static String userId(Handle h, String name) {
    return h.createQuery("SELECT id FROM users WHERE name = :n")
        .bind("n", name)
        .mapTo(String.class)
        .findOne()
        .orElseThrow(() -> new StoreException.Invalid("there is no user '" + name + "'"));
  }
}
