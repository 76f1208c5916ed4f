package networth.io.netmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import networth.io.Layout;
import networth.io.LayoutStatements;
import networth.io.ReadResult;
import networth.model.Link;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * The writer takes shortcuts on large maps: the plain lines of a map it was read with are written
 * from the map's own links and nodes, names are spelt once (on a thread of their own for a large
 * map) and arrows once per kind and date. Each shortcut writes exactly what the long way writes,
 * and what reads back to the same map.
 */
class WrittenFromTheMapTest {

  private static final String FILE =
      """
      title "Shortcuts"
      currency GBP

      # people
      person Ann
      person Bob
      person "Chloé Été"  label "C. É."
      client Acme  value 1200 won 2024-03-01
      person Dan  # a comment
      prospect "big one"  value €3,000 p 30%

      Ann -> Bob
      Bob -[introduced 2021]-> Acme
      Ann -> "Chloé Été"
      Ann -[2020-05]-> Bob : at a fair
      "Chloé Été" -> Dan -> Acme -> Ann
      Dan -[kind="works at" 2022-01-02 "met" how=phone]-> "big one"

      Bob -> Dan
      Ann, Bob -> Dan
      # the end
      """;

  @Test
  void theMapsOwnPlainLinesAreWrittenAsTheirStatementsWouldBe() {
    ReadResult read = NetmapReader.read("m.netmap", FILE);
    assertThat(read.hasErrors()).as(read.errors().toString()).isFalse();
    assertThat(read.layout().statements()).isInstanceOf(LayoutStatements.class);
    // The same statements in a list of their own: written the long way, one statement at a time.
    Layout copied =
        new Layout(new ArrayList<>(read.layout().statements()), read.layout().trailer());
    assertThat(copied.statements()).isNotInstanceOf(LayoutStatements.class);

    String shortcut = NetmapWriter.write(read.map(), read.layout());
    String longWay = NetmapWriter.write(read.map(), copied);

    assertThat(shortcut).isEqualTo(longWay);
    assertThat(NetmapReader.read("again.netmap", shortcut).map()).isEqualTo(read.map());
    assertThat(shortcut).contains("\nAnn -> Bob\n", "\nperson   Dan  # a comment\n");
  }

  @Test
  void aMapBuiltAgainIsWrittenWithTheLayoutsOwnNames() {
    ReadResult read = NetmapReader.read("m.netmap", FILE);
    NetworkMap m = read.map();
    NetworkMap.Builder b = NetworkMap.builder().settings(m.settings());
    m.nodes().forEach(b::node);
    m.links().forEach(b::link);
    NetworkMap again = b.build();
    assertThat(again).isEqualTo(m);

    assertThat(NetmapWriter.write(again, read.layout()))
        .isEqualTo(NetmapWriter.write(m, read.layout()));
  }

  @Test
  void aLargeMapsNamesAndArrowsReadBackAsTheMapsOwn() {
    // More nodes than are spelt at once, so the names are spelt on a thread of their own; more
    // kinds and dates than the arrows kept, so that arrows are spelt again over one another.
    int n = NetmapWriter.SPELT_APART + 1_000;
    Random random = new Random(7);
    NetworkMap.Builder b = NetworkMap.builder();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id =
          switch (i % 5) {
            case 0 -> "p" + i;
            case 1 -> "Person " + i;
            case 2 -> "Zoë-" + i;
            case 3 -> "\uD83D\uDE00" + i;
            default -> "a:b=" + i;
          };
      ids.add(id);
      if (i % 3 != 0) {
        b.node(Node.of(id, NodeKind.PERSON));
      }
    }
    // "Aa" and "BB" have the same hash code: for one date, their arrows are kept in one place.
    String[] kinds = {"", "", "introduced", "met at", "works at", "a\"quote", "x-y", "Aa", "BB"};
    for (int e = 0; e < n; e++) {
      int f = random.nextInt(n);
      int t = (f + 1 + random.nextInt(n - 1)) % n;
      String from = ids.get(f);
      String to = ids.get(t);
      int year = 1990 + random.nextInt(30);
      Optional<PartialDate> date =
          switch (random.nextInt(4)) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(PartialDate.parse(String.valueOf(year)));
            case 2 -> Optional.of(PartialDate.parse(year + "-0" + (1 + random.nextInt(9))));
            default ->
                Optional.of(
                    PartialDate.parse(year + "-1" + random.nextInt(3) + "-1" + random.nextInt(10)));
          };
      String note = random.nextInt(50) == 0 ? "note " + e : "";
      b.link(new Link(from, to, kinds[random.nextInt(kinds.length)], date, note));
      if (random.nextInt(3) == 0) {
        // A chain: the next link starts where this one ends.
        b.link(
            new Link(to, ids.get((t + 1 + random.nextInt(n - 1)) % n), "", Optional.empty(), ""));
      }
    }
    NetworkMap map = b.build();

    String text = NetmapWriter.write(map);
    ReadResult back = NetmapReader.read("big.netmap", text);

    assertThat(back.hasErrors()).as(back.errors().toString()).isFalse();
    assertThat(back.map()).isEqualTo(map);
    // Read with its layout and written again: the same text, the plain lines from the map.
    assertThat(NetmapWriter.write(back.map(), back.layout())).isEqualTo(text);
    assertThat(text).contains("\n\"Person 1\" ", "\"a:b=4\"", "\uD83D\uDE00").doesNotContain("?");
  }

  @Test
  void linesDeclaringSeveralNodesStayTogether() {
    ReadResult read =
        NetmapReader.read("m.netmap", "person Ann, Bob since 2020\nperson Cy\nAnn -> Cy\n");
    Layout.Statement first = read.layout().statements().get(0);
    assertThat(first).isInstanceOf(Layout.NodeLine.class);
    assertThat(((Layout.NodeLine) first).ids()).containsExactly("Ann", "Bob");
    assertThat(NetmapWriter.write(read.map(), read.layout()))
        .isEqualTo("person Ann, Bob  since 2020\nperson Cy\nAnn -> Cy\n");
  }
}
