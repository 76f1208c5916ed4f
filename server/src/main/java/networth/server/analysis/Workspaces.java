package networth.server.analysis;

import networth.engine.Engine;
import networth.engine.MapWorkspace;
import networth.server.http.ApiException;
import networth.server.maps.MapBodies;
import networth.store.Store;
import networth.store.User;
import networth.store.maps.StoredMap;

/**
 * The engine's workspaces, keyed by map id and version only: a version never changes, so what is
 * kept here is never stale, and servers sharing a database need not tell each other anything.
 */
public final class Workspaces {

  /** Versions kept open at once, across all maps. */
  public static final int CAPACITY = 64;

  private final Store store;
  private final Engine engine =
      new Engine(CAPACITY, networth.analysis.attribution.ModelComparison.Phases.NONE);

  public Workspaces(Store store) {
    this.store = store;
  }

  /** The map as it is now, checked and indexed (from the cache when this version was opened). */
  public Opened current(User user, String id) {
    return at(user, id, version(user, id));
  }

  /** The map's version now; whether the user may see it is checked on the way. */
  public long version(User user, String id) {
    return store.maps().version(user, id);
  }

  /** The map as of a version. */
  public Opened at(User user, String id, long version) {
    MapWorkspace w;
    try {
      w =
          engine.open(
              id + "@" + version,
              () -> {
                StoredMap read = store.maps().asOf(user, id, version);
                return MapBodies.checked(read.map(), "map " + id);
              });
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("could not open map " + id, e);
    }
    if (w.hasErrors()) {
      // A stored map passed the checker when it was stored; this is a bug, said plainly.
      throw new ApiException(
          500,
          "Internal error",
          "map " + id + " version " + version + " no longer passes the checker");
    }
    return new Opened(id, version, w);
  }

  /**
   * A map version opened for analysis.
   *
   * @param id the map
   * @param version its version, the ETag of what is answered from it
   * @param workspace the engine's answers
   */
  public record Opened(String id, long version, MapWorkspace workspace) {}
}
