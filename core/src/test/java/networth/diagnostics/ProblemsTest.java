package networth.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {

  @Test
  void aCappedListSaysHowManyWereLeftOut() {
    Problems problems = new Problems(3);
    for (int line = 1; line <= 5; line++) {
      problems.add(Problem.error(new SourcePosition("m.netmap", line, 1), "bad " + line, "fix it"));
    }
    List<Problem> list = problems.list();
    assertThat(list).hasSize(4);
    assertThat(list.get(3).message()).isEqualTo("2 more problems not shown");
    assertThat(list.get(3).isError()).as("the errors shown already fail the map").isFalse();
    assertThat(problems.hasErrors()).isTrue();
    Problems hidden = new Problems(1);
    hidden.add(Problem.warning(SourcePosition.of("m.netmap"), "odd", ""));
    hidden.add(Problem.error(SourcePosition.of("m.netmap"), "bad", ""));
    assertThat(hidden.list().get(1).isError()).as("an error left out still fails the map").isTrue();
  }

  @Test
  void anUncappedListIsJustTheProblems() {
    Problems problems = new Problems(3);
    problems.add(Problem.warning(SourcePosition.of("m.netmap"), "odd", ""));
    assertThat(problems.list()).extracting(Problem::message).containsExactly("odd");
  }
}
