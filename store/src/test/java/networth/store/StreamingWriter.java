package networth.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import networth.model.Group;
import networth.store.maps.MapChange;

/**
 * The process {@link KilledWriterTest} kills: it adds group after group to one map, each write
 * touching several tables (a group, its members, a node for each, the version, the history), and
 * says {@code acked N} on standard output once write N has returned.
 *
 * <p>Arguments: the JDBC URL, the map's id, the user's name.
 */
public final class StreamingWriter {

  private StreamingWriter() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (Store store = Store.open(StoreConfig.url(args[0]))) {
      User user = store.accounts().find(args[2]).orElseThrow();
      long version = store.maps().version(user, args[1]);
      for (int i = 1; ; i++) {
        Group g = new Group("g" + i, List.of("m" + i + "a", "m" + i + "b", "m" + i + "c"));
        version = store.maps().apply(user, args[1], version, new MapChange.PutGroup(g));
        out.println("acked " + i);
      }
    }
  }
}
