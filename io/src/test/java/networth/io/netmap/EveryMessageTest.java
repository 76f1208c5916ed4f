package networth.io.netmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import networth.diagnostics.Problem;
import networth.io.check.MapChecker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each message the map file reader can give, with the place it points at. */
class EveryMessageTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          person "a\\qb"                 | 1:10 | error   | unknown escape '\\q'
          A -> B ]                       | 1:8  | error   | ']' must be followed by '->'
          A [x] -> B                     | 1:3  | error   | '[' must follow '-'
          title                          | 1:1  | error   | 'title' needs a text
          group                          | 1:1  | error   | 'group' needs a name
          group g = A,                   | 1:13 | error   | expected a member's name, found the end of the line
          group g = A, A                 | 1:14 | warning | 'A' is listed twice in this group
          rate lots                      | 1:6  | error   | bad amount: 'lots' is not an amount
          rate                           | 1:1  | error   | 'rate' needs an amount
          person                         | 1:1  | error   | 'person' needs a name
          person ""                      | 1:8  | error   | a name cannot be blank
          person A since                 | 1:10 | error   | 'since' needs a date
          person A label                 | 1:10 | error   | 'label' needs a text
          prospect A next                | 1:12 | error   | 'next' needs a text
          prospect A next "x" 2014-02-31 | 1:21 | error   | bad date '2014-02-31': day 31 is not in 2014-02 (it has 28 days)
          person A role=                 | 1:15 | error   | 'role=' needs a value
          person A role=x role=y         | 1:17 | error   | 'role' is given twice for 'A'
          person A note "x" note "y"     | 1:19 | error   | 'note' is given twice for 'A'
          lost A won 2014                | 1:8  | error   | 'won' is for clients; for other kinds write since or on
          client A lost 2014             | 1:10 | error   | 'lost' dates a lost opportunity; declare it as: lost NAME lost 2014-05
          prospect A p                   | 1:12 | error   | bad probability: '' is not a probability
          channel A hours -3             | 1:17 | error   | bad hours: hours cannot be negative
          A -["x" "y"]-> B               | 1:9  | error   | a link has one note
          A -[2012 2013]-> B             | 1:10 | error   | a link has one date
          A -[w=1 w=2]-> B               | 1:9  | error   | 'w' is given twice in this link
          A -[""=x]-> B                  | 1:5  | error   | an attribute needs a key before '='
          A -[=x]-> B                    | 1:5  | error   | an attribute needs a key before '='
          A -[w=]-> B                    | 1:7  | error   | expected a value after '='
          A -[kind=]-> B                 | 1:10 | error   | expected a value after '='
          A -> ""                        | 1:6  | error   | a name cannot be blank
          A -> B C                       | 1:8  | error   | unexpected 'C'
          "A" B                          | 1:1  | error   | a line must declare a node or link nodes, not start with "A"
          = A                            | 1:1  | error   | a line must declare a node or link nodes, not start with '='
          currency GBP extra             | 1:14 | error   | unexpected 'extra'
          node A                         | 1:6  | warning | 'A' has no kind
          prospect A p 30                | 1:14 | error   | bad probability: '30' is more than 1
          A --> B                        | 1:3  | error   | '-->' is not an arrow
          A ==> B                        | 1:3  | error   | '==>' is not an arrow
          A => B                         | 1:3  | error   | '=>' is not an arrow
          A ->> B                        | 1:3  | error   | '->>' is not an arrow
          A —> B                         | 1:3  | error   | '—>' is not an arrow
          A → B                          | 1:3  | error   | '→' is not an arrow
          job J since 2019-03 until 2018 | 1:27 | error   | 'J' ends (2018) before it starts (2019-03)
          person A until                 | 1:10 | error   | 'until' needs a date
          channel K cost 120/day         | 1:16 | error   | bad period: 'day' is not a period
          channel K hours 3/fortnight    | 1:17 | error   | bad period: 'fortnight' is not a period
          channel K cost 120/ yr         | 1:16 | error   | bad period: no period after '/' (written together: 120/yr, not 120/ yr)
          channel K cost                 | 1:11 | error   | 'cost' needs an amount
          channel K hours                | 1:11 | error   | 'hours' needs a number
          channel K hours 1e400          | 1:17 | error   | bad hours: more than the most hours accepted, 1,000,000
          channel K hours 1000000.5      | 1:17 | error   | bad hours: more than the most hours accepted, 1,000,000
          group "" = A                   | 1:7  | error   | a group's name cannot be blank
          group g = A, ""                | 1:14 | error   | a member's name cannot be blank
          channel K hours 4/month/month  | 1:17 | error   | bad hours: '4/month' is not a number of hours
          person Z, Z                    | 1:11 | error   | 'Z' is named twice here
          person A,                      | 1:10 | error   | expected a name after ',', found the end of the line
          person A, B labl x             | 1:13 | error   | unknown attribute 'labl' for 'A' and 'B'
          """)
  void eachMistakeHasItsMessageAndPlace(
      String line, String place, String severity, String message) {
    List<Problem> problems =
        MapChecker.check(NetmapReader.read("m.netmap", line + "\n"), "m.netmap").problems();
    assertThat(problems).as(line).isNotEmpty();
    Problem p = problems.get(0);
    assertThat(p.position().line() + ":" + p.position().column()).as(line).isEqualTo(place);
    assertThat(p.severity().word()).as(line).isEqualTo(severity);
    assertThat(p.message()).as(line).isEqualTo(message);
    assertThat(p.hint()).as("every message says what to do: %s", line).isNotEmpty();
  }
}
