package networth.analysis.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import networth.graph.MapGraph;
import networth.model.Cost;
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
}
