package networth.analysis.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import networth.analysis.Routes;
import networth.graph.MapGraph;
import networth.model.NetworkMap;

class TimelineProperties {

  @Provide
  Arbitrary<NetworkMap> maps() {
    return Routes.maps(9, 18).map(TimelineProperties::dated);
  }

  /** Gives every node but the first a date, so that lags exist. */
  private static NetworkMap dated(NetworkMap m) {
    NetworkMap.Builder b = NetworkMap.builder();
    for (int i = 0; i < m.nodes().size(); i++) {
      var n = m.nodes().get(i);
      b.node(
          i == 0
              ? n
              : n.withDate(
                  networth.model.PartialDate.of(
                      java.time.LocalDate.of(2015, 1, 1).plusDays(7L * i))));
    }
    m.links().forEach(b::link);
    return b.build();
  }

  @Property(tries = 300)
  void theFirstTouchIsTheEarliestDateOnAnyRoute(@ForAll("maps") NetworkMap map) {
    MapGraph g = MapGraph.of(map);
    for (Timeline.Lag lag : Timeline.opportunities(g)) {
      int earliest = Integer.MAX_VALUE;
      for (int[] r : Routes.all(g, lag.node())) {
        for (int i = 0; i + 1 < r.length; i++) {
          if (g.date(r[i]) != MapGraph.NO_DATE) {
            earliest = Math.min(earliest, g.date(r[i]));
          }
          for (int k = 0; k < g.outDegree(r[i]); k++) {
            if (g.out(r[i], k) == r[i + 1] && g.outDate(r[i], k) != MapGraph.NO_DATE) {
              earliest = Math.min(earliest, g.outDate(r[i], k));
            }
          }
        }
      }
      assertThat(lag.firstTouch()).isEqualTo(earliest);
      assertThat(lag.date()).isEqualTo(g.date(lag.node()));
    }
  }

  @net.jqwik.api.Example
  void theMedianLagIsTheMiddleOne() {
    Timeline.ChannelLag lags =
        new Timeline.ChannelLag(
            0,
            List.of(
                new Timeline.Lag(1, 0, 10), new Timeline.Lag(2, 0, 30), new Timeline.Lag(3, 5, 8)));
    assertThat(lags.medianDays()).hasValue(10);
  }
}
