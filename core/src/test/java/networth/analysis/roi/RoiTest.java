package networth.analysis.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import networth.graph.MapGraph;
import networth.model.Cost;
import networth.model.Deal;
import networth.model.Group;
import networth.model.MapSettings;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import org.junit.jupiter.api.Test;

class RoiTest {

  @Test
  void costIsMoneyPlusHoursAtTheRateAndGroupsAddTheirMembers() {
    NetworkMap map =
        NetworkMap.builder()
            .settings(new MapSettings("", "GBP", Optional.of(Money.of(50, "GBP"))))
            .node(
                Node.of("A", NodeKind.CHANNEL)
                    .withCost(Cost.NONE.withMoney(Money.of(100, "")).withHours(10)))
            .node(
                Node.of("B", NodeKind.CHANNEL)
                    .withCost(Cost.NONE.withHours(4).withRate(Money.of(200, ""))))
            .node(Node.of("C", NodeKind.CHANNEL))
            .group(new Group("g", List.of("A", "B")))
            .build();
    MapGraph g = MapGraph.of(map);
    double[] credit = {3000, 800, 0};
    List<Roi.Line> lines = Roi.of(map, g, credit);
    assertThat(lines).extracting(Roi.Line::name).containsExactly("A", "B", "C", "g");
    Roi.Line a = lines.get(0);
    assertThat(a.cost().getAsDouble()).isEqualTo(100 + 10 * 50);
    assertThat(a.ratio().getAsDouble()).isCloseTo(5.0, within(1e-12));
    assertThat(a.perHour().getAsDouble()).isEqualTo(300);
    assertThat(lines.get(1).cost().getAsDouble()).as("B's own rate").isEqualTo(800);
    assertThat(lines.get(2).ratio()).as("nothing spent: no ratio").isEmpty();
    Roi.Line group = lines.get(3);
    assertThat(group.credit()).isEqualTo(3800);
    assertThat(group.cost().getAsDouble()).isEqualTo(1400);
    assertThat(group.hours()).isEqualTo(14);
  }

  @Test
  void hoursWithoutAnyRateLeaveTheCostUnknown() {
    NetworkMap map =
        NetworkMap.builder()
            .node(Node.of("A", NodeKind.CHANNEL).withCost(Cost.NONE.withHours(10)))
            .build();
    assertThat(Roi.of(map, MapGraph.of(map), new double[] {1}).get(0).cost()).isEmpty();
  }

  /**
   * Every node with a cost counts, not only channels, most credited first. An event E (cost 100 and
   * 2 hours at 50: 200) led to client C2 (3000) and to a lost deal L (2000); channel X to C1
   * (1000); job J, with no cost, is left out. E: return 3000 / 200 = 15; won 1 of 2, 3000 of 5000
   * by value.
   */
  @Test
  void everyCostedNodeIsRankedWithItsLostDealsAndWinRate() {
    NetworkMap map =
        NetworkMap.builder()
            .settings(new MapSettings("", "GBP", Optional.of(Money.of(50, "GBP"))))
            .node(Node.of("X", NodeKind.CHANNEL))
            .node(
                Node.of("E", NodeKind.EVENT)
                    .withCost(Cost.NONE.withMoney(Money.of(100, "")).withHours(2)))
            .node(Node.of("J", NodeKind.JOB))
            .node(deal("C1", NodeKind.CLIENT, 1000))
            .node(deal("C2", NodeKind.CLIENT, 3000))
            .node(deal("C3", NodeKind.CLIENT, 500))
            .node(deal("L", NodeKind.LOST, 2000))
            .link("X", "C1")
            .link("E", "C2")
            .link("E", "L")
            .link("J", "C3")
            .build();
    // First-touch credit, by hand: each origin gets its clients' values.
    double[] credit = {1000, 3000, 500, 0, 0, 0, 0};
    List<Roi.Line> lines = Roi.of(map, MapGraph.of(map), credit);
    assertThat(lines).extracting(Roi.Line::name).containsExactly("E", "X");
    Roi.Line e = lines.get(0);
    assertThat(e.kind()).isEqualTo("event");
    assertThat(e.ratio().getAsDouble()).isCloseTo(15.0, within(1e-12));
    assertThat(e.winRate().lostValue()).isEqualByComparingTo("2000");
    assertThat(e.winRate().byCount()).contains(new BigDecimal("0.5"));
    assertThat(e.winRate().byValue()).contains(new BigDecimal("0.6"));
    assertThat(lines.get(1).winRate().byCount()).contains(BigDecimal.ONE);
  }

  private static Node deal(String id, NodeKind kind, long value) {
    return Node.of(id, kind).withDeal(Deal.NONE.withValue(Money.of(value, "GBP")));
  }
}
