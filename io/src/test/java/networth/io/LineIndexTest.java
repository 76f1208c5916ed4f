package networth.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A byte a line gives every line's start and step as the plain sums do: for steps short and wide
 * (255 and more), asked for in order, backwards, at random, and across a join of two halves.
 */
class LineIndexTest {

  @Test
  void startsAndStepsAreThePlainSums() {
    Random random = new Random(7);
    for (int round = 0; round < 40; round++) {
      int lines = random.nextInt(5 * LineIndex.MARK);
      int first = random.nextInt(1000);
      int[] steps = new int[lines];
      for (int i = 0; i < lines; i++) {
        steps[i] =
            switch (random.nextInt(6)) {
              case 0 -> 254 + random.nextInt(3); // either side of the widest byte
              case 1 -> 255 + random.nextInt(100_000);
              default -> 1 + random.nextInt(80);
            };
      }
      int[] starts = new int[lines + 1];
      starts[0] = first;
      for (int i = 0; i < lines; i++) {
        starts[i + 1] = starts[i] + steps[i];
      }
      // Built in one go, and in two halves joined.
      int half = random.nextInt(lines + 1);
      LineIndex.Builder whole = new LineIndex.Builder(random.nextInt(3));
      LineIndex.Builder firstHalf = new LineIndex.Builder(4);
      LineIndex.Builder secondHalf = new LineIndex.Builder(lines);
      for (int i = 0; i < lines; i++) {
        whole.add(steps[i]);
        (i < half ? firstHalf : secondHalf).add(steps[i]);
      }
      for (LineIndex index :
          new LineIndex[] {whole.build(first), firstHalf.followedBy(secondHalf).build(first)}) {
        assertThat(index.size()).isEqualTo(lines);
        for (int i = 0; i <= lines; i++) {
          assertThat(index.start(i)).as("start %d", i).isEqualTo(starts[i]);
        }
        for (int i = 0; i < lines; i++) {
          assertThat(index.step(i)).as("step %d", i).isEqualTo(steps[i]);
        }
        LineIndex.Cursor inOrder = index.cursor();
        LineIndex.Cursor backwards = index.cursor();
        LineIndex.Cursor anyhow = index.cursor();
        for (int i = 0; i < lines; i++) {
          assertThat(inOrder.moveTo(i)).isEqualTo(starts[i]);
          assertThat(inOrder.step()).isEqualTo(steps[i]);
          int back = lines - 1 - i;
          assertThat(backwards.moveTo(back)).isEqualTo(starts[back]);
          assertThat(backwards.step()).isEqualTo(steps[back]);
          int any = random.nextInt(lines);
          assertThat(anyhow.moveTo(any)).isEqualTo(starts[any]);
          assertThat(anyhow.step()).isEqualTo(steps[any]);
          // Asked twice, and then the next line: the same.
          assertThat(anyhow.moveTo(any)).isEqualTo(starts[any]);
          assertThat(anyhow.moveTo(any + 1)).isEqualTo(starts[any + 1]);
        }
      }
    }
  }
}
