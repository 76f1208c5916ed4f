package networth.io.netmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import networth.diagnostics.Problem;
import networth.io.check.MapChecker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A mistake gives one message, and nothing that follows from it: each file below has one mistake,
 * and the checks on the whole map find nothing else in it.
 */
class OneMistakeOneMessageTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          a declaration with a mistake: its name is not "used but not declared" | person Lena sinse 2020\\nLena -> Bob\\nperson Bob\\ngroup g = Lena | 1:13 | unknown attribute 'sinse' for 'Lena'
          fixed by declaring it again: not "declared twice" | person Lena sinse 2020\\nperson Lena since 2020\\nLena -> Bob\\nperson Bob | 1:13 | unknown attribute 'sinse' for 'Lena'
          several names with a mistake: none is "used but not declared" | person Priya, Bo labl x\\nPriya -> Bo | 1:18 | unknown attribute 'labl' for 'Priya' and 'Bo'
          one name already declared: the others are not "used but not declared" | person A\\nperson X, A\\nX -> A | 2:11 | 'A' is already declared on line 1
          a name given twice in one declaration | person Z, Z\\nperson Y\\nZ -> Y | 1:11 | 'Z' is named twice here
          an end before the start | job J since 2019 until 2018\\nJ -> K\\nperson K | 1:24 | 'J' ends (2018) before it starts (2019)
          a bad period | channel C cost 5/day\\nC -> K\\nperson K | 1:16 | bad period: 'day' is not a period
          a group with a mistake, defined again: not "defined twice" | group s LinkedIn\\ngroup s = A\\nperson A | 1:9 | expected '=' after the group's name, found 'LinkedIn'
          a setting with a mistake, set again: not "set twice" | rate lots\\nrate 80 | 1:6 | bad amount: 'lots' is not an amount
          a stray '[': not also a stray ']' nor a broken link | person A\\nperson H\\nA [x] -> H | 3:3 | '[' must follow '-'
          a wrong arrow: the link is read, its names are not "used but not declared" | person A\\nperson B\\nA --> B | 3:3 | '-->' is not an arrow
          an unknown kind: its names are neither "never declared" in a deal nor "used but not declared" | clent A, "B b" value 5k\\ndeal A value 2k won 2024-01\\nperson P\\nP -> A\\nP -> "B b" | 1:1 | unknown kind 'clent'
          a bad escape in a name: the node is still declared | person "a\\qb"\\n"aqb" -> C\\nperson C | 1:10 | unknown escape '\\q'
          """)
  void oneMistakeGivesOneMessage(String what, String text, String place, String message) {
    String file = text.replace("\\n", "\n") + "\n";
    List<Problem> problems =
        MapChecker.check(NetmapReader.read("m.netmap", file), "m.netmap").problems();
    assertThat(problems.stream().map(p -> p.severity().word() + " " + p.message()).toList())
        .as(what)
        .containsExactly("error " + message);
    Problem p = problems.get(0);
    assertThat(p.position().line() + ":" + p.position().column()).as(what).isEqualTo(place);
  }
}
