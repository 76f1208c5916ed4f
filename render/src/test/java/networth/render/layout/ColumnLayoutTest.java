package networth.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ColumnLayoutTest {

  @Test
  void eachNodeGoesOneColumnRightOfItsFurthestSource() {
    // a → b → c and a → c: c's furthest source is b (path a, b, c), so c is in column 2, not 1.
    NetworkMap map =
        NetworkMap.builder()
            .node(Node.of("a", NodeKind.CHANNEL))
            .node(Node.of("b", NodeKind.PERSON))
            .node(Node.of("c", NodeKind.PERSON))
            .link("a", "b")
            .link("b", "c")
            .link("a", "c")
            .build();
    Picture p = ColumnLayout.of(map);
    Picture.Box a = p.boxes().get(0);
    Picture.Box b = p.boxes().get(1);
    Picture.Box c = p.boxes().get(2);
    // Each box one character wide: 7.2 + 2 × 12 padding = 31.2. Columns 60 apart from a margin
    // of 20: a at 20, b at 20 + 31.2 + 60 = 111.2, c at 111.2 + 31.2 + 60 = 202.4; the picture
    // ends a margin after c: 202.4 + 31.2 + 20 = 253.6.
    Offset<Double> exact = Offset.offset(1e-9);
    assertThat(a.width()).isCloseTo(31.2, exact);
    assertThat(a.x()).isCloseTo(20, exact);
    assertThat(b.x()).isCloseTo(111.2, exact);
    assertThat(c.x()).isCloseTo(202.4, exact);
    assertThat(p.paths()).extracting(Picture.Path::link).containsExactly(0, 1, 2);
    assertThat(p.width()).isCloseTo(253.6, exact);
  }

  @Test
  void aCycleIsDrawnWithItsClosingLinkGoingBack() {
    // a → b → a: walked from a, the link b → a closes the cycle and does not push a right.
    NetworkMap map =
        NetworkMap.builder()
            .node(Node.of("a", NodeKind.PERSON))
            .node(Node.of("b", NodeKind.PERSON))
            .link("a", "b")
            .link("b", "a")
            .build();
    Picture p = ColumnLayout.of(map);
    assertThat(p.boxes().get(0).x()).isLessThan(p.boxes().get(1).x());
    double[] back = p.paths().get(1).points();
    // From b's right side back to a's left side.
    assertThat(back[0]).isGreaterThan(back[2]);
  }

  @Test
  void nodesOfAColumnFollowTheMiddleOfTheirSources() {
    // x and y in column 0 (y below x); q's source is y, p's is x: p above q though q comes first.
    NetworkMap map =
        NetworkMap.builder()
            .node(Node.of("x", NodeKind.CHANNEL))
            .node(Node.of("y", NodeKind.CHANNEL))
            .node(Node.of("q", NodeKind.PERSON))
            .node(Node.of("p", NodeKind.PERSON))
            .link("y", "q")
            .link("x", "p")
            .build();
    Picture p = ColumnLayout.of(map);
    assertThat(p.boxes().get(3).y()).isLessThan(p.boxes().get(2).y());
  }
}
