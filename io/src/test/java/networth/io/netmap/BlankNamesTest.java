package networth.io.netmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import networth.diagnostics.Problem;
import networth.diagnostics.Severity;
import networth.io.ReadResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A blank or unterminated name wherever a name stands gives a positioned error, and the lines
 * around it are still read: the model refuses blank names, and the reader must say so first instead
 * of letting the model's refusal end the program.
 */
class BlankNamesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          an unterminated member of a group               | group o="                        | 2:9
          a blank member of a group                       | group o = a, ""                  | 2:14
          a blank group name                              | group "" = a                     | 2:7
          an unterminated group name                      | group "                          | 2:7
          a blank declared name                           | person ""                        | 2:8
          a blank name among declared ones                | person x, ""                     | 2:11
          a blank first name of a link                    | "" -> a                          | 2:1
          a blank name after an arrow                     | a -> ""                          | 2:6
          a blank name in a fan                           | a -> b, ""                       | 2:9
          a blank person of an affiliation                | "" works at a                    | 2:1
          a blank organisation of an affiliation          | a works at ""                    | 2:12
          a blank deal                                    | deal "" value 5k won 2024-01     | 2:6
          """)
  void aBlankNameIsAPositionedError(String what, String line, String place) {
    String text = "person a\n" + line + "\nperson z\n";
    ReadResult read = NetmapReader.read("m.netmap", text);
    List<Problem> errors =
        read.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
    assertThat(errors).as(what).isNotEmpty();
    Problem first = errors.get(0);
    assertThat(first.position().line() + ":" + first.position().column())
        .as(what + ": " + first.message())
        .isEqualTo(place);
    // The lines around the broken one are read all the same.
    assertThat(read.map().node("a")).as(what).isPresent();
    assertThat(read.map().node("z")).as(what).isPresent();
    assertThat(read.map().nodes()).as(what).noneMatch(n -> n.id().isBlank());
  }
}
