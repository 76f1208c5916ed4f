package networth.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A reader that numbered an id from its bytes declares the id's node by that number. */
class NumberedNodesTest {

  @Test
  void aNodeDeclaredByItsNumberIsTheNodeDeclaredByItsId() {
    byte[] line = "person ann".getBytes(StandardCharsets.US_ASCII);
    NetworkMap.Builder byNumber = NetworkMap.builder().link("bob", "ann");
    int ann = byNumber.number(line, 7, 10);
    byNumber.node(ann, Node.of(byNumber.id(ann), NodeKind.PERSON));
    NetworkMap.Builder byId = NetworkMap.builder().link("bob", "ann");
    byId.node(Node.of("ann", NodeKind.PERSON));

    assertThat(ann).isEqualTo(1);
    assertThat(byNumber.isDeclared(ann)).isTrue();
    assertThat(byNumber.build()).isEqualTo(byId.build());
  }

  @Test
  void aNodeIsDeclaredOnlyByItsOwnNumberAndOnce() {
    NetworkMap.Builder b = NetworkMap.builder();
    int ann = b.number("ann");
    int bob = b.number("bob");
    assertThatThrownBy(() -> b.node(bob, Node.of("ann", NodeKind.PERSON)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'ann' is not numbered 1");
    assertThat(b.isDeclared(bob)).isFalse();
    b.node(ann, Node.of("ann", NodeKind.PERSON));
    assertThatThrownBy(() -> b.node(ann, Node.of("ann", NodeKind.CLIENT)))
        .hasMessageContaining("declared twice");
  }
}
