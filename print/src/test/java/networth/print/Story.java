package networth.print;

import java.util.List;
import networth.model.Deal;
import networth.model.Group;
import networth.model.Link;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;

/** A small story with a hostile label and note, to draw. */
final class Story {

  static final String HOSTILE = "<script>alert(1)</script> & \"Co\"";

  private Story() {}

  static NetworkMap map() {
    return NetworkMap.builder()
        .node(Node.of("LinkedIn", NodeKind.CHANNEL))
        .node(Node.of("Twitter", NodeKind.CHANNEL))
        .node(Node.of("Emily", NodeKind.PERSON).withNote(HOSTILE))
        .node(Node.of("Cielo", NodeKind.ORGANISATION).withLabel(HOSTILE))
        .node(
            Node.of("Client 1", NodeKind.CLIENT)
                .withDeal(Deal.NONE.withValue(Money.of(50_000, "GBP"))))
        .node(
            Node.of("Prospect 2", NodeKind.PROSPECT)
                .withDeal(Deal.NONE.withValue(Money.of(60_000, "GBP")).withProbability(0.4)))
        .group(new Group("social", List.of("LinkedIn", "Twitter")))
        .link("LinkedIn", "Emily")
        .link(Link.of("Twitter", "Emily").withNote("got in touch <via> Twitter"))
        .link("Emily", "Cielo")
        .link("Cielo", "Client 1")
        .link("LinkedIn", "Prospect 2")
        .link("LinkedIn", "Emily")
        .build();
  }
}
