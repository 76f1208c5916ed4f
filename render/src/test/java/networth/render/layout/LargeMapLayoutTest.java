package networth.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import org.junit.jupiter.api.Test;

/**
 * Maps that used to kill {@code render} with a {@code StackOverflowError}: a long chain (ELK walks
 * it recursively) and one node with a great many links. Both are drawn, and a map beyond the
 * layered layout's limit is drawn in columns with a sentence saying so.
 */
class LargeMapLayoutTest {

  /** A chain n0 → n1 → … of {@code length} links. */
  static NetworkMap chain(int length) {
    NetworkMap.Builder b = NetworkMap.builder();
    for (int i = 0; i <= length; i++) {
      b.node(Node.of("n" + i, NodeKind.PERSON));
    }
    for (int i = 0; i < length; i++) {
      b.link("n" + i, "n" + (i + 1));
    }
    return b.build();
  }

  /** One channel with a link to each of {@code leaves} people. */
  static NetworkMap star(int leaves) {
    NetworkMap.Builder b = NetworkMap.builder().node(Node.of("hub", NodeKind.CHANNEL));
    for (int i = 0; i < leaves; i++) {
      b.node(Node.of("p" + i, NodeKind.PERSON));
    }
    for (int i = 0; i < leaves; i++) {
      b.link("hub", "p" + i);
    }
    return b.build();
  }

  @Test
  void aChainOfSixThousandNodesIsLaidOutInLayersWithoutOverflowingTheStack() {
    // 6,001 nodes and 6,000 links: 12,001 in all, under LAYERED_MAX, so ELK lays it out; on a
    // thread with the default 1 MiB stack this chain overflowed it (ComponentsProcessor.dfs).
    NetworkMap map = chain(6_000);
    List<String> notices = new ArrayList<>();
    Picture p = LayeredLayout.of(map, notices::add);
    assertThat(notices).isEmpty();
    assertThat(p.boxes()).hasSize(6_001);
    assertThat(p.paths()).hasSize(6_000);
    // Origins on the left: each node of the chain lies right of the one before it.
    for (int i = 1; i < p.boxes().size(); i++) {
      assertThat(p.boxes().get(i).x()).isGreaterThan(p.boxes().get(i - 1).x());
    }
  }

  @Test
  void aStarBeyondTheLimitIsDrawnInColumnsAndTheCallerIsToldWhy() {
    int leaves = LayeredLayout.LAYERED_MAX;
    NetworkMap map = star(leaves);
    List<String> notices = new ArrayList<>();
    Picture p = LayeredLayout.of(map, notices::add);
    assertThat(notices)
        .containsExactly(
            "the map has 16,001 nodes and 16,000 links, more than the layered layout draws in"
                + " good time (16,000 in all): drawn in columns instead, links straight;"
                + " --focus NODE --depth N draws a part of it in layers");
    Picture.Box hub = p.boxes().get(0);
    // The hub in the first column at the margin; every person one column to its right, one
    // under the other 24 apart, each link straight from the hub's right side to a person's left.
    assertThat(hub.x()).isEqualTo(ColumnLayout.MARGIN);
    double column = ColumnLayout.MARGIN + hub.width() + ColumnLayout.COLUMN_GAP;
    for (int i = 1; i <= leaves; i++) {
      Picture.Box person = p.boxes().get(i);
      assertThat(person.x()).isEqualTo(column);
      if (i > 1) {
        Picture.Box above = p.boxes().get(i - 1);
        assertThat(person.y()).isEqualTo(above.y() + above.height() + ColumnLayout.ROW_GAP);
      }
      double[] pts = p.paths().get(i - 1).points();
      assertThat(pts)
          .containsExactly(hub.x() + hub.width(), hub.centreY(), column, person.centreY());
    }
  }

  @Test
  void aSmallMapIsStillLaidOutByTheLayeredAlgorithmWithNothingToSay() {
    List<String> notices = new ArrayList<>();
    Picture p = LayeredLayout.of(star(3), notices::add);
    assertThat(notices).isEmpty();
    // ELK centres the hub between its three people; columns would put it at the top margin.
    double[] ys = p.boxes().stream().mapToDouble(Picture.Box::centreY).sorted().toArray();
    assertThat(p.boxes().get(0).centreY()).isEqualTo(ys[1]);
  }
}
