package networth.render.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DeepStackTest {

  static int depth(int n) {
    return n == 0 ? 0 : 1 + depth(n - 1);
  }

  @Test
  void recursionFarDeeperThanTheDefaultStackCompletes() {
    // 1,000,000 frames: about 50 MiB of stack, fifty times a default thread's.
    assertThat(DeepStack.call(() -> depth(1_000_000))).isEqualTo(1_000_000);
  }

  @Test
  void whatTheWorkThrowsReachesTheCaller() {
    assertThatThrownBy(
            () ->
                DeepStack.call(
                    () -> {
                      throw new IllegalArgumentException("no such node");
                    }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no such node");
  }
}
