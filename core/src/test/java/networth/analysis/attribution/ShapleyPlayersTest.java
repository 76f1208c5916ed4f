package networth.analysis.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import networth.analysis.attribution.Breakdown.By;
import networth.analysis.attribution.Breakdown.Key;
import networth.graph.MapGraph;
import networth.model.Cost;
import networth.model.Deal;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import org.junit.jupiter.api.Test;

/**
 * Shapley's players by node, on a map shaped like the seed: value reached through origins that are
 * not channels.
 *
 * <pre>
 *   channel LinkedIn ──> Client 1 (50k)
 *          └──────────> Bob ──> Client 2 (30k)
 *   job Acme ──────────┘
 *   event Meetup (cost 200) ──> Client 3 (20k)
 * </pre>
 *
 * By hand, with every origin playing: Client 1 needs LinkedIn (50k to it); Client 2 needs LinkedIn
 * or Acme, so each is pivotal in half the orders (15k each); Client 3 needs Meetup (20k). LinkedIn
 * 65k, Acme 15k, Meetup 20k: 100k, all of the value. With the channels alone playing, Client 2 (by
 * Acme) and Client 3 (by Meetup) are reached without any player: 50k goes to no one.
 */
class ShapleyPlayersTest {

  private static Node client(String id, long value) {
    return Node.of(id, NodeKind.CLIENT).withDeal(Deal.NONE.withValue(Money.of(value, "")));
  }

  private static final NetworkMap MAP =
      NetworkMap.builder()
          .node(Node.of("LinkedIn", NodeKind.CHANNEL))
          .node(Node.of("Acme", NodeKind.JOB))
          .node(Node.of("Meetup", NodeKind.EVENT).withCost(Cost.NONE.withMoney(Money.of(200, ""))))
          .node(Node.of("Bob", NodeKind.PERSON))
          .node(client("Client 1", 50_000))
          .node(client("Client 2", 30_000))
          .node(client("Client 3", 20_000))
          .link("LinkedIn", "Client 1")
          .link("LinkedIn", "Bob")
          .link("Acme", "Bob")
          .link("Bob", "Client 2")
          .link("Meetup", "Client 3")
          .build();

  @Test
  void everyOriginPlaysByDefaultAndNothingIsLeftToNoOne() {
    MapGraph g = MapGraph.of(MAP);
    Attribution a = new Attribution(g);
    List<Player> players = Breakdown.players(MAP, g, By.NODE);
    assertThat(players).extracting(Player::name).containsExactly("LinkedIn", "Acme", "Meetup");
    Shapley.Result r = a.shapley(players, a.allOpportunities(), 100, 1);
    assertThat(r.exact()).isTrue();
    assertThat(r.values()[0]).isCloseTo(65_000, within(1e-6));
    assertThat(r.values()[1]).isCloseTo(15_000, within(1e-6));
    assertThat(r.values()[2]).isCloseTo(20_000, within(1e-6));
    assertThat(r.withoutPlayers()).isZero();
  }

  @Test
  void channelsAlonePlayingLeaveWhatOtherOriginsBringToNoOne() {
    MapGraph g = MapGraph.of(MAP);
    Attribution a = new Attribution(g);
    Shapley.Result r = a.shapley(Player.channels(g), a.allOpportunities(), 100, 1);
    assertThat(r.values()).containsExactly(50_000);
    assertThat(r.withoutPlayers()).isEqualTo(50_000);
  }

  @Test
  void costedNodesAreTheNodesWithACost() {
    assertThat(Player.costed(MAP, MapGraph.of(MAP)))
        .extracting(Player::name)
        .containsExactly("Meetup");
  }

  @Test
  void allSevenModelsCreditTheWholeValue() {
    MapGraph g = MapGraph.of(MAP);
    Attribution a = new Attribution(g);
    ModelComparison c =
        ModelComparison.of(
            MAP,
            a,
            List.of(Model.values()),
            By.NODE,
            a.allOpportunities(),
            ModelComparison.Settings.defaults(),
            ModelComparison.Phases.NONE);
    assertThat(c.models()).hasSize(7);
    for (Map<Key, Double> column : c.columns().values()) {
      double sum = column.values().stream().mapToDouble(Double::doubleValue).sum();
      assertThat(sum).isCloseTo(100_000, within(1e-6));
    }
  }
}
