package networth.render;

import java.util.List;
import networth.model.Deal;
import networth.model.Group;
import networth.model.Link;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;

/**
 * The blog post's Client 1 story, small enough to check by eye, with a hostile label and note: the
 * map the picture tests draw (here and in the print module's PNG and PDF tests).
 */
public final class Story {

  public static final String HOSTILE = "<script>alert(1)</script> & \"Co\"";

  private Story() {}

  public static NetworkMap map() {
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
