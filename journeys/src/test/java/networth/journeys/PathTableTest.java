package networth.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathTableTest {

  @Test
  void journeysOnTheSamePathAddUpAndChannelsAreNumberedAsMet() {
    PathTable t =
        PathTable.builder()
            .add(List.of("eta", "iota", "alpha"), 1, 0.5, 3)
            .add(List.of("iota"), 0, 0, 2)
            .add(List.of("eta", "iota", "alpha"), 2, 1.25, 0)
            .build();

    assertThat(t.channels()).containsExactly("eta", "iota", "alpha");
    assertThat(t.size()).isEqualTo(2);
    assertThat(t.names(0)).containsExactly("eta", "iota", "alpha");
    assertThat(t.path(1)).containsExactly(1);
    // 1 + 2 conversions, 0.5 + 1.25 value, 3 + 0 nulls on the first path.
    assertThat(t.conversions(0)).isEqualTo(3);
    assertThat(t.value(0)).isEqualTo(1.75);
    assertThat(t.nulls(0)).isEqualTo(3);
    assertThat(t.totalNulls()).isEqualTo(5);
  }

  @Test
  void theOrderOfTouchesMatters() {
    PathTable t =
        PathTable.builder().add(List.of("a", "b"), 1, 0, 0).add(List.of("b", "a"), 1, 0, 0).build();
    assertThat(t.size()).isEqualTo(2);
  }

  @Test
  void anEmptyPathIsRefused() {
    assertThatThrownBy(() -> PathTable.builder().add(List.of(), 1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
