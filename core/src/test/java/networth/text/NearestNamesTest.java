package networth.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestNamesTest {

  @Test
  void suggestsTyposTranspositionsAndPrefixes() {
    List<String> kinds = List.of("person", "organisation", "prospect", "project", "client");
    assertThat(NearestNames.suggest("persn", kinds, 3)).containsExactly("person");
    assertThat(NearestNames.suggest("cleint", kinds, 3)).containsExactly("client");
    assertThat(NearestNames.suggest("pro", kinds, 3)).containsExactly("project", "prospect");
    assertThat(NearestNames.suggest("zebra", kinds, 3)).isEmpty();
  }

  @Test
  void distanceCountsEditsWithTranspositionAsOne() {
    assertThat(NearestNames.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(NearestNames.distance("ab", "ba")).isEqualTo(1);
    assertThat(NearestNames.distance("", "abc")).isEqualTo(3);
  }

  @Test
  void sentencesJoinAsPeopleWrite() {
    assertThat(NearestNames.didYouMean("persn", List.of("person", "persan", "potato")))
        .isEqualTo("did you mean 'persan' or 'person'?");
    assertThat(Sentences.and(List.of("a", "b", "c"))).isEqualTo("a, b and c");
  }
}
