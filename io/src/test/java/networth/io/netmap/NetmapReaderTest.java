package networth.io.netmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import networth.io.ReadResult;
import networth.model.Link;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.PartialDate;
import org.junit.jupiter.api.Test;

class NetmapReaderTest {

  private static NetworkMap read(String text) {
    ReadResult r = NetmapReader.read("t.netmap", text);
    assertThat(r.problems()).as("problems").filteredOn(p -> p.isError()).isEmpty();
    return r.map();
  }

  @Test
  void readsTheSketchOfTheProductBrief() {
    NetworkMap map =
        read(
            """
            # The power of the network — how my clients found me (values invented)
            group social = LinkedIn, Twitter, "My blog"

            channel LinkedIn
            channel "My blog"            since 2007
            media   "Channel 4 News"     2011-02-10
            client  "Client 1"           value 50k  won 2014-03
            prospect "Prospect 2"        value 60k  p 40%  next "second meeting" 2014-06-30

            LinkedIn -> "Imagination job" -> "Google Apps project" -> "Channel 4 News" -> Emily : she saw me on TV
            Twitter -> Emily : got in touch via Twitter
            Emily -> Roger -> Andy -> Cielo -> "Client 1"
            Emily -> Cielo : separately introduced me to Ochre House
            """);
    assertThat(map.node("My blog").orElseThrow().date()).contains(new PartialDate(2007, 0, 0));
    assertThat(map.node("Channel 4 News").orElseThrow().date())
        .contains(PartialDate.parse("2011-02-10"));
    Node client = map.node("Client 1").orElseThrow();
    assertThat(client.kind()).isEqualTo(NodeKind.CLIENT);
    assertThat(client.deal().value()).contains(Money.of(50_000, ""));
    assertThat(client.date()).contains(new PartialDate(2014, 3, 0));
    Node prospect = map.node("Prospect 2").orElseThrow();
    assertThat(prospect.deal().probability().getAsDouble()).isEqualTo(0.4);
    assertThat(prospect.deal().next().orElseThrow().description()).isEqualTo("second meeting");
    assertThat(prospect.deal().next().orElseThrow().date())
        .contains(PartialDate.parse("2014-06-30"));
    assertThat(map.links()).hasSize(4 + 1 + 4 + 1);
    assertThat(map.links().get(3))
        .isEqualTo(new Link("Channel 4 News", "Emily", "", Optional.empty(), "she saw me on TV"));
    assertThat(map.links().get(0).note())
        .as("a trailing note belongs to the last link only")
        .isEmpty();
    assertThat(map.group("social").orElseThrow().members())
        .containsExactly("LinkedIn", "Twitter", "My blog");
    assertThat(map.node("Emily").orElseThrow().kind()).isEqualTo(NodeKind.UNKNOWN);
  }

  @Test
  void linkDescriptionsGiveKindDateAndNote() {
    NetworkMap map =
        read("Emily -[introduced 2012-05 \"at a party\"]-> Roger -[met at]-> Conference\n");
    assertThat(map.links())
        .containsExactly(
            new Link(
                "Emily",
                "Roger",
                "introduced",
                Optional.of(PartialDate.parse("2012-05")),
                "at a party"),
            new Link("Roger", "Conference", "met at", Optional.empty(), ""));
  }

  @Test
  void explicitLinkFieldsAllowKindsThatLookLikeDates() {
    NetworkMap map = read("A -[kind=\"met in 2012\" date=2013 note=\"x\"]-> B\n");
    assertThat(map.links().get(0))
        .isEqualTo(
            new Link("A", "B", "met in 2012", Optional.of(new PartialDate(2013, 0, 0)), "x"));
  }

  @Test
  void commasFanOutAndLinesEndingInAnArrowGoOn() {
    NetworkMap map = read("\"CIO blog\" -> \"IDG 1\", \"IDG 2\" ->\n    Client\n");
    assertThat(map.links().stream().map(l -> l.from() + ">" + l.to()).toList())
        .containsExactly("CIO blog>IDG 1", "CIO blog>IDG 2", "IDG 1>Client", "IDG 2>Client");
  }

  @Test
  void moneyTakesSuffixesSymbolsAndCodes() {
    NetworkMap map =
        read(
            """
            currency GBP
            client A value 1.5m
            client B value $20k
            client C value 20k EUR
            client D value 1250
            """);
    assertThat(map.node("A").orElseThrow().deal().value())
        .contains(new Money(new BigDecimal("1500000"), "GBP"));
    assertThat(map.node("B").orElseThrow().deal().value()).contains(Money.of(20_000, "USD"));
    assertThat(map.node("C").orElseThrow().deal().value()).contains(Money.of(20_000, "EUR"));
    assertThat(map.node("D").orElseThrow().deal().value()).contains(Money.of(1_250, "GBP"));
  }

  @Test
  void declarationsCarryLabelsNotesCostsAndFreeAttributes() {
    NetworkMap map =
        read(
            """
            rate 80
            person AndyC label Andy note "senior at Cielo" role="partner" "first met"=2012
            channel LinkedIn cost 300 hours 40 rate 100
            """);
    Node andy = map.node("AndyC").orElseThrow();
    assertThat(andy.label()).isEqualTo("Andy");
    assertThat(andy.note()).isEqualTo("senior at Cielo");
    assertThat(andy.attributes())
        .containsExactly(
            java.util.Map.entry("role", "partner"), java.util.Map.entry("first met", "2012"));
    Node linkedIn = map.node("LinkedIn").orElseThrow();
    assertThat(linkedIn.cost().money()).contains(Money.of(300, ""));
    assertThat(linkedIn.cost().hours().getAsDouble()).isEqualTo(40.0);
    assertThat(linkedIn.cost().rate()).contains(Money.of(100, ""));
    assertThat(map.settings().hourlyRate()).contains(Money.of(80, ""));
  }

  @Test
  void quotedNamesKeepEscapesAndHashesInsideWordsAreNotComments() {
    NetworkMap map = read("person \"Say \\\"hi\\\"\\\\\" # a comment\nC# -> F#  # comment\n");
    assertThat(map.nodes().stream().map(Node::id).toList())
        .containsExactly("Say \"hi\"\\", "C#", "F#");
  }

  @Test
  void nodesUsedButNotDeclaredComeAfterTheDeclaredOnes() {
    NetworkMap map = read("A -> B\nperson B\n");
    assertThat(map.nodes().stream().map(n -> n.id() + ":" + n.kind().keyword()).toList())
        .containsExactly("B:person", "A:node");
  }

  @Test
  void layoutKeepsCommentsAndBlankLines() {
    ReadResult r =
        NetmapReader.read("t.netmap", "# top\n\nperson A  # who\n\n\n# links\nA -> B\n# end\n");
    assertThat(NetmapWriter.write(r.map(), r.layout()))
        .isEqualTo("# top\n\nperson A  # who\n\n# links\nA -> B\n# end\n");
  }

  @Test
  void anEmptyFileIsAnEmptyMap() {
    assertThat(read("").nodes()).isEmpty();
    assertThat(read("# only a comment\n").nodes()).isEmpty();
  }

  @Test
  void linesAreReadWithWindowsLineEndingsAndAByteOrderMark() {
    NetworkMap map = read("\uFEFFperson A\r\nA -> B : note\r\n");
    assertThat(map.links()).containsExactly(Link.of("A", "B").withNote("note"));
  }

  static List<String> ids(NetworkMap m) {
    return m.nodes().stream().map(Node::id).toList();
  }
}
