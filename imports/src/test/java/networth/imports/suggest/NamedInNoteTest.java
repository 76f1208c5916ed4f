package networth.imports.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import networth.model.Link;
import org.junit.jupiter.api.Test;

class NamedInNoteTest {

  private static List<Suggestion> suggest(String text) {
    return Suggestions.of(Maps.read(text).map());
  }

  @Test
  void anInvitationNamingSomeoneInTheMapProposesTheirLinkToTheInvitee() {
    String map =
        """
        channel LinkedIn
        person Roger
        person "Jane Doe"
        client Deal value 20k
        LinkedIn -> "Jane Doe" : Jane Doe invited me: "Roger said I should get in touch"
        "Jane Doe" -> Deal
        """;
    List<Suggestion> list = suggest(map);

    assertThat(list).hasSize(1);
    assertThat(((Change.Add) list.get(0).change()).links())
        .containsExactly(Link.of("Roger", "Jane Doe"));
    assertThat(list.get(0).reason())
        .isEqualTo(
            "the note on LinkedIn → Jane Doe names Roger: Jane Doe invited me: \"Roger said I"
                + " should get in touch\"");
    // Jane Doe -> Deal: the link puts Deal (20k) on a route from Roger.
    assertThat(list.get(0).value()).isEqualByComparingTo("20000");
  }

  @Test
  void aFullNameIsFoundInAnyCaseAndWithoutAccents() {
    String map =
        """
        person "José Núñez", Tom
        LinkedIn -> Tom : met through jose nunez at a meetup
        """;
    assertThat(suggest(map))
        .extracting(s -> s.change().title())
        .containsExactly("José Núñez → Tom");
  }

  @Test
  void aFirstNameTwoPeopleShareNamesNobody() {
    // The seed's two Andys: "Andy said" could be either.
    String map =
        """
        person AndyC label Andy
        person AndyG label Andy
        person Tom
        LinkedIn -> Tom : Andy said I should talk to Tom
        """;
    assertThat(suggest(map)).isEmpty();
  }

  @Test
  void nothingWhenTheLinkIsThereOrTheNameIsNotWrittenAsOne() {
    String map =
        """
        person Roger, Will, Tom
        LinkedIn -> Tom : Roger introduced us, and we will meet again
        Roger -> Tom
        """;
    // Roger -> Tom is there; "will" is a word here, not Will.
    assertThat(suggest(map)).isEmpty();
  }

  @Test
  void wordsThatBeginDescriptiveLabelsAreNotFirstNames() {
    String map =
        """
        person "A LinkedIn connection"
        person Tom
        LinkedIn -> Tom : A friend of a friend
        """;
    assertThat(suggest(map)).isEmpty();
  }
}
