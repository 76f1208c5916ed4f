package networth.imports.suggest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import networth.graph.MapGraph;
import networth.model.DealMap;
import networth.model.NetworkMap;
import networth.model.Node;

/**
 * What each node leads to, for the value a new link would connect. Walks the map the analyses walk
 * ({@link DealMap}: a client who came back counts each deal), so that the value a suggestion shows
 * is the value {@code summary} and {@code roi} count: clients at their value, prospects at value ×
 * probability, lost ones not at all. Each node's reach is found once (a breadth-first walk, O(n +
 * m)) and kept, since several suggestions ask about the same organisation.
 */
final class Reach {

  private final NetworkMap deals;
  private final MapGraph graph;
  private final Map<Integer, BitSet> reached = new HashMap<>();
  private int[] queue = new int[0];

  Reach(NetworkMap map) {
    this.deals = DealMap.of(map);
    this.graph = MapGraph.of(deals);
  }

  /** Whether {@code from} leads, by one or more links, to {@code to} (or is it). */
  boolean leadsTo(String from, String to) {
    int t = index(to);
    return t >= 0 && from(from).get(t);
  }

  /** Whether the map has a link {@code from → to}. */
  boolean linked(String from, String to) {
    int f = index(from);
    int t = index(to);
    if (f < 0 || t < 0) {
      return false;
    }
    for (int k = 0; k < graph.outDegree(f); k++) {
      if (graph.out(f, k) == t) {
        return true;
      }
    }
    return false;
  }

  /**
   * The counted opportunities (clients and open prospects) that a new link {@code from → to} would
   * put on a route from {@code from}: those {@code to} reaches (itself included) and {@code from}
   * does not yet.
   */
  Connected newlyConnected(String from, String to) {
    BitSet gained = (BitSet) from(to).clone();
    gained.andNot(from(from));
    return connected(gained);
  }

  /**
   * The counted opportunities that one of two nodes reaches and the other does not: what making
   * them one would put on a route that does not reach it now.
   */
  Connected eitherButNotBoth(String a, String b) {
    BitSet either = (BitSet) from(a).clone();
    either.xor(from(b));
    return connected(either);
  }

  /** The direct successors of {@code id} among {@code ids}. */
  List<String> directly(String id, List<String> ids) {
    int f = index(id);
    List<String> out = new ArrayList<>();
    if (f < 0) {
      return out;
    }
    BitSet next = new BitSet();
    for (int k = 0; k < graph.outDegree(f); k++) {
      next.set(graph.out(f, k));
    }
    for (String o : ids) {
      int i = index(o);
      if (i >= 0 && next.get(i)) {
        out.add(o);
      }
    }
    return out;
  }

  private Connected connected(BitSet nodes) {
    List<String> ids = new ArrayList<>();
    BigDecimal value = BigDecimal.ZERO;
    for (int v = nodes.nextSetBit(0); v >= 0; v = nodes.nextSetBit(v + 1)) {
      if (graph.isCounted(v)) {
        Node n = deals.nodes().get(v);
        ids.add(n.id());
        value = value.add(n.deal().weight(n.kind()));
      }
    }
    return new Connected(ids, value);
  }

  private int index(String id) {
    return graph.indexOf(id).orElse(-1);
  }

  private BitSet from(String id) {
    int start = index(id);
    if (start < 0) {
      return new BitSet();
    }
    return reached.computeIfAbsent(start, this::walk);
  }

  private BitSet walk(int start) {
    // Most imported people lead nowhere: a set sized to the map, for each, would be most of the
    // work. The queue is kept between walks for the same reason.
    BitSet seen = new BitSet();
    if (queue.length < graph.nodeCount()) {
      queue = new int[graph.nodeCount()];
    }
    int head = 0;
    int tail = 0;
    queue[tail++] = start;
    seen.set(start);
    while (head < tail) {
      int v = queue[head++];
      for (int k = 0; k < graph.outDegree(v); k++) {
        int w = graph.out(v, k);
        if (!seen.get(w)) {
          seen.set(w);
          queue[tail++] = w;
        }
      }
    }
    return seen;
  }

  /** Opportunities, by id in map order, and what they count for together. */
  record Connected(List<String> ids, BigDecimal value) {
    Connected {
      ids = List.copyOf(ids);
    }

    boolean isEmpty() {
      return ids.isEmpty();
    }
  }
}
