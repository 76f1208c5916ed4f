package networth.imports.graphs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import networth.imports.graphs.CycleBreaker.Way;
import org.junit.jupiter.api.Test;

/** The ways chosen for random graphs, checked by brute force: searches of the whole graph. */
class CycleBreakerTest {

  @Test
  void theLinksMakeNoCycleAndOnlyDirectedEdgesOnACycleAreLeftOut() {
    Random random = new Random(5);
    for (int round = 0; round < 300; round++) {
      int n = 2 + random.nextInt(10);
      int m = random.nextInt(3 * n);
      int[] from = new int[m];
      int[] to = new int[m];
      boolean[] directed = new boolean[m];
      boolean[] last = new boolean[n];
      for (int v = 0; v < n; v++) {
        last[v] = random.nextInt(4) == 0;
      }
      for (int e = 0; e < m; e++) {
        from[e] = random.nextInt(n);
        do {
          to[e] = random.nextInt(n);
        } while (to[e] == from[e]);
        directed[e] = random.nextBoolean();
      }
      Way[] ways = CycleBreaker.ways(n, from, to, directed, last);

      List<List<Integer>> all = graph(n);
      List<List<Integer>> links = graph(n);
      for (int e = 0; e < m; e++) {
        if (directed[e]) {
          all.get(from[e]).add(to[e]);
        }
        switch (ways[e]) {
          case AS_GIVEN -> links.get(from[e]).add(to[e]);
          case TURNED -> links.get(to[e]).add(from[e]);
          case LEFT_OUT -> {}
        }
      }
      for (int e = 0; e < m; e++) {
        String edge = "round " + round + " edge " + from[e] + (directed[e] ? "->" : "-") + to[e];
        if (directed[e]) {
          assertThat(ways[e]).as(edge).isNotEqualTo(Way.TURNED);
        } else {
          assertThat(ways[e]).as(edge).isNotEqualTo(Way.LEFT_OUT);
        }
        if (ways[e] == Way.LEFT_OUT) {
          assertThat(reaches(all, to[e], from[e])).as(edge + " lies on a cycle").isTrue();
        }
      }
      for (int v = 0; v < n; v++) {
        for (int w : links.get(v)) {
          assertThat(reaches(links, w, v))
              .as("round %d: %d -> %d closes a cycle", round, v, w)
              .isFalse();
        }
      }
    }
  }

  @Test
  void anUndirectedEdgeLeadsTowardsAnOpportunity() {
    // Node 0 is a client, node 1 a person: 0 - 1 leads from the person to the client.
    Way[] ways =
        CycleBreaker.ways(
            2, new int[] {0}, new int[] {1}, new boolean[] {false}, new boolean[] {true, false});
    assertThat(ways).containsExactly(Way.TURNED);
  }

  private static List<List<Integer>> graph(int n) {
    List<List<Integer>> g = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      g.add(new ArrayList<>());
    }
    return g;
  }

  private static boolean reaches(List<List<Integer>> out, int from, int to) {
    Set<Integer> seen = new HashSet<>(List.of(from));
    Deque<Integer> todo = new ArrayDeque<>(List.of(from));
    while (!todo.isEmpty()) {
      int at = todo.pop();
      if (at == to) {
        return true;
      }
      for (int next : out.get(at)) {
        if (seen.add(next)) {
          todo.push(next);
        }
      }
    }
    return false;
  }
}
