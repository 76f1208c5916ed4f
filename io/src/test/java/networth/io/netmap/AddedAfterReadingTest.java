package networth.io.netmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import networth.io.ReadResult;
import networth.model.Affiliation;
import networth.model.Affiliation.Role;
import networth.model.Link;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * A map that gained nodes, links and affiliations after it was read (an import, say) is written
 * whole: its file's layout and comments first, then what the layout does not hold.
 */
class AddedAfterReadingTest {

  private static final String FILE =
      """
      # My network.
      channel LinkedIn
      person Emily   # met at a party

      LinkedIn -> Emily
      # the end
      """;

  @Test
  void whatTheLayoutDoesNotHoldFollowsItAndReadsBackTheSame() {
    ReadResult read = NetmapReader.read("m.netmap", FILE);
    NetworkMap m = read.map();
    NetworkMap.Builder b = NetworkMap.builder().settings(m.settings());
    m.nodes().forEach(b::node);
    b.node(Node.of("Jane Doe", NodeKind.PERSON).withAttribute("url", "linkedin.com/in/jane"));
    b.node(Node.of("Acme", NodeKind.ORGANISATION));
    m.links().forEach(b::link);
    b.link(
        new Link(
            "LinkedIn", "Jane Doe", "connected", Optional.of(PartialDate.parse("2026-02")), ""));
    b.link(Link.of("Jane Doe", "Emily"));
    b.affiliation(Affiliation.of("Jane Doe", Role.WORKS_AT, "Acme"));
    NetworkMap grown = b.build();

    String text = NetmapWriter.write(grown, read.layout());

    // Acme needs no declaration: the affiliation makes it an organisation, as it is.
    assertThat(text)
        .isEqualTo(
            """
            # My network.
            channel LinkedIn
            person Emily  # met at a party

            LinkedIn -> Emily

            person "Jane Doe"  url=linkedin.com/in/jane

            "Jane Doe" works at Acme

            LinkedIn -[connected 2026-02]-> "Jane Doe" -> Emily
            # the end
            """);
    ReadResult back = NetmapReader.read("m.netmap", text);
    assertThat(back.errors()).isEmpty();
    assertThat(back.map()).isEqualTo(grown);
  }
}
