package networth.store.maps;

import java.util.Objects;
import networth.model.NetworkMap;

/**
 * A map as the store holds it at one version.
 *
 * @param id the map's id
 * @param version the version read; a write names it as the version it is based on (the server's
 *     ETag)
 * @param map the map
 */
public record StoredMap(String id, long version, NetworkMap map) {
  public StoredMap {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(map, "map");
  }
}
