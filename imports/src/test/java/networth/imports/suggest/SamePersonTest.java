package networth.imports.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SamePersonTest {

  private static List<Suggestion> suggest(String text) {
    return Suggestions.of(Maps.read(text).map());
  }

  private static List<Change> merges(String text) {
    return suggest(text).stream()
        .filter(s -> s.rule() == Suggestion.Rule.SAME_PERSON)
        .map(Suggestion::change)
        .toList();
  }

  @Test
  void theSameFullNameWithoutCaseAccentsOrSpacing() {
    String map =
        """
        person "José  Núñez"
        person jn label "jose nunez"
        """;
    assertThat(merges(map))
        .containsExactly(
            new Change.Merge("José  Núñez", "jn", "merge jose nunez into José  Núñez"));
  }

  @Test
  void theSameEmailOrProfileHoweverWritten() {
    String map =
        """
        person Priya email="priya@bloom.com"
        person "P. Shah" email="Priya@Bloom.com, ps@gmail.com"
        person Kai url="https://www.linkedin.com/in/kai/"
        person "Kai Lee" url="linkedin.com/in/kai"
        """;
    List<Suggestion> list = suggest(map);

    assertThat(list)
        .extracting(s -> s.change().title())
        .containsExactly("merge Priya into P. Shah", "merge Kai into Kai Lee");
    assertThat(list.get(0).reason()).contains("the same e-mail address priya@bloom.com");
    assertThat(list.get(1).reason()).contains("the same profile linkedin.com/in/kai");
  }

  @Test
  void twoFirstNamesAloneOrAFirstNameAtAnotherOrganisationAreNotProposed() {
    String map =
        """
        person AndyC label Andy
        person AndyG label Andy
        person "Andy Carter"
        organisation Cielo, Guardian
        AndyG works at Guardian
        "Andy Carter" works at Cielo
        """;
    assertThat(merges(map)).isEmpty();
  }
}
