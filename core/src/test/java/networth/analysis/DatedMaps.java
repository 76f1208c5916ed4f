package networth.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import networth.model.Deal;
import networth.model.Link;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.PartialDate;

/**
 * Small acyclic maps with dated and undated links and opportunities, declared in a shuffled order
 * so that node numbers are not a topological order. Node {@code vK} is K-th in the links' order:
 * links go from lower K to higher.
 */
public final class DatedMaps {

  private static final LocalDate START = LocalDate.of(2014, 1, 1);
  private static final List<NodeKind> KINDS =
      List.of(
          NodeKind.PERSON,
          NodeKind.CHANNEL,
          NodeKind.EVENT,
          NodeKind.CLIENT,
          NodeKind.PROSPECT,
          NodeKind.LOST);

  private DatedMaps() {}

  /** Maps of 2..maxNodes nodes and up to maxLinks links. */
  public static Arbitrary<NetworkMap> maps(int maxNodes, int maxLinks) {
    return Arbitraries.randomValue(r -> map(r, maxNodes, maxLinks));
  }

  /** A date within about three years of 2014, or none a third of the time. */
  public static Optional<PartialDate> date(Random r) {
    return r.nextInt(3) == 0
        ? Optional.empty()
        : Optional.of(PartialDate.of(START.plusDays(r.nextInt(1100))));
  }

  private static NetworkMap map(Random r, int maxNodes, int maxLinks) {
    int n = 2 + r.nextInt(maxNodes - 1);
    List<Integer> declared = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      declared.add(i);
    }
    Collections.shuffle(declared, r);
    NetworkMap.Builder b = NetworkMap.builder();
    for (int i : declared) {
      NodeKind kind = KINDS.get(r.nextInt(KINDS.size()));
      Node node = Node.of("v" + i, kind);
      if (node.isOpportunity()) {
        int value = 1 + r.nextInt(9);
        Deal d = Deal.NONE.withValue(Money.of(1000L * value, ""));
        node = node.withDeal(kind == NodeKind.PROSPECT ? d.withProbability(value / 10.0) : d);
        Optional<PartialDate> date = date(r);
        if (date.isPresent()) {
          node = node.withDate(date.get());
        }
      }
      b.node(node);
    }
    // Links are drawn as random pairs, so their order is already shuffled; only the node
    // declarations needed shuffling.
    int links = r.nextInt(maxLinks + 1);
    for (int e = 0; e < links; e++) {
      int a = r.nextInt(n);
      int c = r.nextInt(n);
      if (a != c) {
        b.link(new Link("v" + Math.min(a, c), "v" + Math.max(a, c), "", date(r), ""));
      }
    }
    return b.build();
  }
}
