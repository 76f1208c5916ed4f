package networth.io;

import java.util.List;
import networth.model.NetworkMap;
import networth.model.Node;

/**
 * The ids of a batch of links' ends fetched from memory side by side, before a writer writes the
 * links one by one. Writing a large map's links one at a time waited for memory at each end (its
 * node, its id, the id's characters, scattered over the heap); a loop that only fetches lets the
 * processor wait for many at once, and the writing then finds them in its caches (as {@code
 * IdTable.findAll} does for look-ups).
 */
public final class LinkIds {

  /** How many links a batch holds: their ends' lines stay in the nearest caches till written. */
  public static final int BATCH = 512;

  private LinkIds() {}

  /** Fetches the ids of the ends of links [first, end) of {@code map}. */
  public static void fetch(NetworkMap map, int first, int end) {
    List<Node> nodes = map.nodes();
    long touched = 0;
    for (int e = first; e < end; e++) {
      touched += nodes.get(map.fromIndex(e)).id().charAt(0);
      touched += nodes.get(map.toIndex(e)).id().charAt(0);
    }
    if (touched == 42) {
      Thread.onSpinWait(); // never matters: only keeps the sum, and so the fetches, alive
    }
  }
}
