package networth.analysis.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import networth.analysis.DatedMaps;
import networth.analysis.Routes;
import networth.analysis.routes.Scaled;
import networth.graph.MapGraph;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.PartialDate;

/** The timeline equals its definition over the routes listed one by one. */
class TimelineProperties {

  @Provide
  Arbitrary<NetworkMap> maps() {
    return DatedMaps.maps(9, 18).map(TimelineProperties::oldNodeDates);
  }

  /**
   * Gives every node that is not an opportunity a date long before any link ("channel X since
   * 2000"): a node's own date is not a contact, so none of these may show up as a first contact.
   */
  private static NetworkMap oldNodeDates(NetworkMap m) {
    NetworkMap.Builder b = NetworkMap.builder();
    for (Node n : m.nodes()) {
      b.node(n.isOpportunity() ? n : n.withDate(PartialDate.parse("2000")));
    }
    m.links().forEach(b::link);
    return b.build();
  }

  private static int linkDate(MapGraph g, int from, int to) {
    for (int k = 0; k < g.outDegree(from); k++) {
      if (g.out(from, k) == to) {
        return g.outDate(from, k);
      }
    }
    throw new AssertionError("no link");
  }

  /** The earliest dated link of a route from position {@code from} on, or MAX_VALUE. */
  private static int earliestLink(MapGraph g, int[] r, int from) {
    int earliest = Integer.MAX_VALUE;
    for (int i = from; i + 1 < r.length; i++) {
      int d = linkDate(g, r[i], r[i + 1]);
      if (d != MapGraph.NO_DATE) {
        earliest = Math.min(earliest, d);
      }
    }
    return earliest;
  }

  @Property(tries = 300)
  void eachOpportunityIsMeasuredFromTheEarliestDatedLinkOnItsRoutes(
      @ForAll("maps") NetworkMap map) {
    MapGraph g = MapGraph.of(map);
    Timeline.Opportunities result = Timeline.of(g);
    Map<Integer, Timeline.Lag> lags = new TreeMap<>();
    result.lags().forEach(l -> lags.put(l.node(), l));
    Map<Integer, Timeline.Unmeasured> gaps = new TreeMap<>();
    result.unmeasured().forEach(u -> gaps.put(u.node(), u));
    for (int o = 0; o < g.nodeCount(); o++) {
      if (!g.isCounted(o)) {
        assertThat(lags).doesNotContainKey(o);
        assertThat(gaps).doesNotContainKey(o);
        continue;
      }
      List<int[]> routes = Routes.all(g, o);
      int earliest = Integer.MAX_VALUE;
      int dated = 0;
      for (int[] r : routes) {
        int e = earliestLink(g, r, 0);
        earliest = Math.min(earliest, e);
        dated += e == Integer.MAX_VALUE ? 0 : 1;
      }
      Scaled all = routes.isEmpty() ? Scaled.ZERO : lagOrGapRoutes(lags, gaps, o);
      assertThat(all.toDouble()).as("routes to %s", g.id(o)).isEqualTo(routes.size());
      if (routes.isEmpty()) {
        assertThat(gaps.get(o).gap()).isEqualTo(Timeline.Gap.NO_ROUTE);
      } else if (g.date(o) == MapGraph.NO_DATE) {
        assertThat(gaps.get(o).gap()).isEqualTo(Timeline.Gap.UNDATED);
        assertThat(gaps.get(o).datedRoutes().toDouble()).isEqualTo(dated);
      } else if (earliest == Integer.MAX_VALUE) {
        assertThat(gaps.get(o).gap()).isEqualTo(Timeline.Gap.NO_DATED_CONTACT);
      } else {
        Timeline.Lag lag = lags.get(o);
        assertThat(lag.firstTouch()).as("first contact of %s", g.id(o)).isEqualTo(earliest);
        assertThat(lag.date()).isEqualTo(g.date(o));
        assertThat(lag.datedRoutes().toDouble()).as("dated routes").isEqualTo(dated);
      }
    }
  }

  private static Scaled lagOrGapRoutes(
      Map<Integer, Timeline.Lag> lags, Map<Integer, Timeline.Unmeasured> gaps, int o) {
    return lags.containsKey(o) ? lags.get(o).routes() : gaps.get(o).routes();
  }

  @Property(tries = 300)
  void eachChannelIsMeasuredFromItsEarliestDatedLinkTowardEachOpportunity(
      @ForAll("maps") NetworkMap map) {
    MapGraph g = MapGraph.of(map);
    for (Timeline.ChannelLag ch : Timeline.channels(g)) {
      int c = ch.channel();
      assertThat(g.kind(c)).isEqualTo(NodeKind.CHANNEL);
      // The paths from the channel to each node, listed one by one.
      Map<Integer, List<int[]>> paths = new TreeMap<>();
      walk(g, new ArrayList<>(List.of(c)), paths);
      int led = 0;
      List<Integer> measured = new ArrayList<>();
      for (var e : paths.entrySet()) {
        int o = e.getKey();
        if (!g.isCounted(o)) {
          continue;
        }
        led++;
        int earliest = Integer.MAX_VALUE;
        for (int[] p : e.getValue()) {
          earliest = Math.min(earliest, earliestLink(g, p, 0));
        }
        if (g.date(o) != MapGraph.NO_DATE && earliest != Integer.MAX_VALUE) {
          measured.add(o);
          Timeline.Lag lag =
              ch.lags().stream().filter(l -> l.node() == o).findFirst().orElseThrow();
          assertThat(lag.firstTouch()).isEqualTo(earliest);
          assertThat(lag.routes().toDouble()).isEqualTo(e.getValue().size());
        }
      }
      assertThat(ch.led()).isEqualTo(led);
      assertThat(ch.lags()).extracting(Timeline.Lag::node).containsExactlyElementsOf(measured);
      assertThat(ch.medianDays().isPresent()).isEqualTo(!measured.isEmpty());
    }
  }

  private static void walk(MapGraph g, List<Integer> path, Map<Integer, List<int[]>> out) {
    int v = path.get(path.size() - 1);
    for (int k = 0; k < g.outDegree(v); k++) {
      int x = g.out(v, k);
      path.add(x);
      out.computeIfAbsent(x, key -> new ArrayList<>())
          .add(path.stream().mapToInt(Integer::intValue).toArray());
      walk(g, path, out);
      path.remove(path.size() - 1);
    }
  }

  @net.jqwik.api.Example
  void theMedianLagIsTheMiddleOne() {
    Timeline.ChannelLag lags =
        new Timeline.ChannelLag(0, 3, List.of(lag(1, 0, 10), lag(2, 0, 30), lag(3, 5, 8)));
    assertThat(lags.medianDays()).hasValue(10);
  }

  private static Timeline.Lag lag(int node, int first, int date) {
    return new Timeline.Lag(node, first, date, Scaled.ONE, Scaled.ONE);
  }
}
