package networth.io.netmap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import networth.io.TextOut;
import networth.model.NetworkMap;
import networth.model.Node;

/**
 * Every node's name as a {@code .netmap} line spells it ({@link Syntax#name}), encoded as UTF-8
 * once, in one array of bytes by the node's place in the map. A large map's links name a million
 * nodes in no order: spelt from each node's id string, every link end waited for memory three times
 * (the node, its id, the id's characters) and was checked and encoded again each time; from here it
 * is two loads side by side (where the name starts, then its bytes) and a copy.
 */
final class SpeltNames {

  private final byte[] bytes;
  // Name p is bytes[starts[p], starts[p + 1]).
  private final int[] starts;

  SpeltNames(List<Node> nodes) {
    int[] at = new int[nodes.size() + 1];
    byte[] b = new byte[Math.max(16, nodes.size() * 12)];
    int used = 0;
    for (int p = 0; p < nodes.size(); p++) {
      String name = Syntax.name(nodes.get(p).id());
      int n = name.length();
      if (used + 4L * n > b.length) {
        long room = Math.max(2L * b.length, used + 4L * n);
        if (room > Integer.MAX_VALUE - 8) {
          throw new IllegalStateException("more than 2 GB of node names");
        }
        b = Arrays.copyOf(b, (int) room);
      }
      if (ascii(name)) {
        for (int i = 0; i < n; i++) {
          b[used + i] = (byte) name.charAt(i);
        }
        used += n;
      } else {
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(utf8, 0, b, used, utf8.length);
        used += utf8.length;
      }
      at[p + 1] = used;
    }
    this.bytes = b;
    this.starts = at;
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Writes the name of the node at {@code place}: copied as bytes to a {@link TextOut}. */
  void write(int place, Appendable out) throws IOException {
    int start = starts[place];
    int length = starts[place + 1] - start;
    if (out instanceof TextOut text) {
      text.writeUtf8(bytes, start, length);
    } else {
      out.append(new String(bytes, start, length, StandardCharsets.UTF_8));
    }
  }

  /**
   * Fetches the names of the ends of links [first, end) side by side, before they are written one
   * by one (a loop that only loads lets the processor wait for many at once).
   */
  void fetch(NetworkMap map, int first, int end) {
    long touched = starts[map.fromIndex(first)];
    for (int e = first; e < end; e++) {
      touched += starts[map.toIndex(e)];
    }
    touched += bytes[starts[map.fromIndex(first)]];
    for (int e = first; e < end; e++) {
      touched += bytes[starts[map.toIndex(e)]];
    }
    if (touched == 42) {
      Thread.onSpinWait(); // never matters: only keeps the sum, and so the loads, alive
    }
  }
}
