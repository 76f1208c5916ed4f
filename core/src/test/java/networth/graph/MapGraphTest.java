package networth.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.PartialDate;
import org.junit.jupiter.api.Test;

class MapGraphTest {

  @Test
  void indexesLinksBothWaysAndKeepsARepeatedPairOnce() {
    NetworkMap map =
        NetworkMap.builder()
            .node(Node.of("a", NodeKind.CHANNEL))
            .link("a", "b")
            .link("a", "c")
            .link("a", "b")
            .link("c", "b")
            .build();
    MapGraph g = MapGraph.of(map);
    int a = g.indexOf("a").getAsInt();
    int b = g.indexOf("b").getAsInt();
    assertThat(g.nodeCount()).isEqualTo(3);
    assertThat(g.linkCount()).isEqualTo(3);
    assertThat(g.outDegree(a)).isEqualTo(2);
    assertThat(g.inDegree(b)).isEqualTo(2);
    assertThat(g.id(g.in(b, 0))).isEqualTo("a");
    assertThat(g.id(g.in(b, 1))).isEqualTo("c");
    assertThat(g.isOrigin(a)).isTrue();
    assertThat(g.indexOf("zz")).isEmpty();
  }

  /**
   * A map large enough that the two ways are sorted on two threads: every node's rows, in link
   * order with repeated pairs kept once (with the first one's date, made when first asked for), and
   * the repeated links, as counted here by hand from the links themselves.
   */
  @Test
  void aLargeMapIsIndexedBothWaysAsItsLinksSay() {
    Random random = new Random(11);
    int n = 3_000;
    NetworkMap.Builder b = NetworkMap.builder();
    List<int[]> links = new ArrayList<>();
    for (int e = 0; e < 150_000; e++) {
      int from = random.nextInt(n);
      int to = random.nextInt(n);
      int day = 1 + random.nextInt(28);
      links.add(new int[] {from, to, day});
      b.link(
          new networth.model.Link(
              "n" + from, "n" + to, "", java.util.Optional.of(new PartialDate(2020, 1, day)), ""));
    }
    MapGraph g = MapGraph.of(b.build());
    List<Set<String>> out = new ArrayList<>();
    List<Set<String>> in = new ArrayList<>();
    List<List<Integer>> outDays = new ArrayList<>();
    List<List<Integer>> inDays = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      out.add(new LinkedHashSet<>());
      in.add(new LinkedHashSet<>());
      outDays.add(new ArrayList<>());
      inDays.add(new ArrayList<>());
    }
    List<Integer> repeated = new ArrayList<>();
    for (int e = 0; e < links.size(); e++) {
      int[] l = links.get(e);
      if (out.get(l[0]).add("n" + l[1])) {
        outDays.get(l[0]).add(l[2]);
      } else {
        repeated.add(e);
      }
      if (in.get(l[1]).add("n" + l[0])) {
        inDays.get(l[1]).add(l[2]);
      }
    }
    for (int v = 0; v < n; v++) {
      int node = g.indexOf("n" + v).orElse(-1);
      if (node < 0) {
        assertThat(out.get(v)).isEmpty();
        continue;
      }
      List<String> outIds = new ArrayList<>();
      List<Integer> days = new ArrayList<>();
      for (int k = 0; k < g.outDegree(node); k++) {
        outIds.add(g.id(g.out(node, k)));
        days.add(java.time.LocalDate.ofEpochDay(g.outDate(node, k)).getDayOfMonth());
      }
      List<String> inIds = new ArrayList<>();
      List<Integer> daysIn = new ArrayList<>();
      for (int k = 0; k < g.inDegree(node); k++) {
        inIds.add(g.id(g.in(node, k)));
        daysIn.add(java.time.LocalDate.ofEpochDay(g.inDate(node, k)).getDayOfMonth());
      }
      assertThat(outIds).as("out of n%d", v).containsExactlyElementsOf(out.get(v));
      assertThat(days).as("dates out of n%d", v).containsExactlyElementsOf(outDays.get(v));
      assertThat(inIds).as("into n%d", v).containsExactlyElementsOf(in.get(v));
      assertThat(daysIn).as("dates into n%d", v).containsExactlyElementsOf(inDays.get(v));
    }
    assertThat(g.repeatedLinks()).containsExactly(repeated.stream().mapToInt(i -> i).toArray());
  }
}
