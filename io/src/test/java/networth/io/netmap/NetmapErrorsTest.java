package networth.io.netmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import networth.diagnostics.Problem;
import networth.diagnostics.Severity;
import networth.io.ReadResult;
import networth.io.check.MapChecker;
import org.junit.jupiter.api.Test;

/** Every mistake is reported with its place, the line, a caret under it, and what to do. */
class NetmapErrorsTest {

  private static List<Problem> problems(String text) {
    return MapChecker.check(NetmapReader.read("m.netmap", text), "m.netmap").problems();
  }

  private static Problem only(String text) {
    List<Problem> ps = problems(text).stream().filter(Problem::isError).toList();
    assertThat(ps).as("errors of %s", text).hasSize(1);
    return ps.get(0);
  }

  @Test
  void unknownKindSuggestsTheNearestAndShowsACaret() {
    Problem p = only("person Emily\npersn Roger\n");
    assertThat(p.render())
        .isEqualTo(
            """
            m.netmap:2:1: error: unknown kind 'persn'
              2 | persn Roger
                | ^^^^^
              = did you mean 'person'? A line declares a node with one of person, organisation, \
            channel, event, media, content, job, project, client, prospect, lost, node, \
            links names with ->, or says who belongs where: Sam works at Northwind.""");
  }

  @Test
  void duplicateIdNamesTheFirstLine() {
    Problem p = only("person Andy\n\nperson Andy label \"Andy\"\n");
    assertThat(p.position().toString()).isEqualTo("m.netmap:3:8");
    assertThat(p.message()).isEqualTo("'Andy' is already declared on line 1");
    assertThat(p.hint()).contains("another id").contains("label");
  }

  @Test
  void badDateSaysWhatIsWrongWithIt() {
    assertThat(only("client A won 2014-13\n").message())
        .isEqualTo("bad date '2014-13': month 13 is not between 1 and 12");
    assertThat(only("event E on 2014-02-30\n").message())
        .isEqualTo("bad date '2014-02-30': day 30 is not in 2014-02 (it has 28 days)");
    assertThat(only("A -[2014-00]-> B\n").position().column()).isEqualTo(5);
  }

  @Test
  void unterminatedQuote() {
    Problem p = only("person \"Emily Smith\nperson B\n");
    assertThat(p.position().toString()).isEqualTo("m.netmap:1:8");
    assertThat(p.message()).isEqualTo("unterminated quote");
    assertThat(p.length()).isEqualTo(12);
  }

  @Test
  void linkToItself() {
    Problem p = only("Emily -> Roger -> Emily -> Emily\n");
    assertThat(p.message()).isEqualTo("'Emily' links to itself");
    assertThat(p.position().column()).isEqualTo(28);
  }

  @Test
  void unknownAttributeSuggests() {
    Problem p = only("client A vaule 5k\n");
    assertThat(p.message()).isEqualTo("unknown attribute 'vaule' for 'A'");
    assertThat(p.hint()).startsWith("did you mean 'value'?");
  }

  @Test
  void badAmountProbabilityAndHours() {
    assertThat(only("client A value 5q\n").message())
        .isEqualTo("bad amount: '5q' is not an amount");
    assertThat(only("prospect A p 140%\n").message())
        .isEqualTo("bad probability: '140%' is not between 0% and 100%");
    assertThat(only("channel A hours many\n").message())
        .isEqualTo("bad hours: 'many' is not a number of hours");
  }

  @Test
  void attributesThatDoNotBelongToTheKind() {
    assertThat(only("person A value 5k\n").message())
        .isEqualTo("'value' is for opportunities (client, prospect, lost), and this is a person");
    assertThat(only("client A p 50%\n").message()).startsWith("a probability is for prospects");
    assertThat(only("person A won 2014\n").message()).startsWith("'won' is for clients");
    assertThat(only("client A won 2014 since 2013\n").message())
        .isEqualTo("a date is given twice for 'A'");
  }

  @Test
  void brokenLinks() {
    assertThat(only("A ->\n").message())
        .isEqualTo("a link needs a node's name after '->', found the end of the line");
    assertThat(only("A -> -> B\n").message())
        .isEqualTo("a link needs a node's name after '->', found '->'");
    assertThat(only("Emily Smith -> Roger\n").message())
        .isEqualTo("expected '->' or ',' after a name, found 'Smith'");
    assertThat(only("A -[introduced -> B\n").message()).isEqualTo("'-[' is not closed by ']->'");
    assertThat(only("A -[\"x\"]-> B : y\n").message())
        .isEqualTo("this link already has a note in its -[ ]->");
  }

  @Test
  void badGroupsAndSettings() {
    assertThat(only("group social LinkedIn\n").message())
        .isEqualTo("expected '=' after the group's name, found 'LinkedIn'");
    assertThat(only("group s = A\ngroup s = B\n").message())
        .isEqualTo("group 's' is already defined on line 1");
    assertThat(only("currency pounds\n").message()).isEqualTo("a currency is a three-letter code");
    assertThat(only("title A\ntitle B\n").message())
        .isEqualTo("'title' is set twice (first on line 1)");
    assertThat(only("person A : note\n").hint()).contains("note \"");
  }

  @Test
  void aCycleIsSpelledOutAtTheLinkThatClosesIt() {
    Problem p = only("A -> B -> C\nperson D\nC -> A\n");
    assertThat(p.message()).isEqualTo("cycle: A -> B -> C -> A");
    assertThat(p.position().toString()).isEqualTo("m.netmap:3:3");
    assertThat(p.render()).contains("  3 | C -> A\n    |   ^^");
  }

  @Test
  void namesUsedButNotDeclaredAreWarnings() {
    List<Problem> ps = problems("person A\nA -> Bob\n");
    assertThat(ps)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Severity.WARNING);
              assertThat(p.message()).isEqualTo("'Bob' is used but not declared");
              assertThat(p.position().toString()).isEqualTo("m.netmap:2:6");
            });
  }

  @Test
  void aRepeatedLinkIsAWarning() {
    List<Problem> ps = problems("person A\nperson B\nA -> B\nA -> B\n");
    assertThat(ps)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Severity.WARNING);
              assertThat(p.message())
                  .isEqualTo("the link A -> B is given twice (first at m.netmap:3:3)");
            });
  }

  @Test
  void fiveMistakesGiveFivePositionedErrors() {
    String text =
        """
        persn Emily
        person Roger
        person Roger
        client "Client 1" won 2014-13
        prospect "P2 value 60k
        Emily -> Emily
        """;
    List<Problem> errors = problems(text).stream().filter(Problem::isError).toList();
    assertThat(errors.stream().map(p -> p.position().toString()).toList())
        .containsExactly(
            "m.netmap:1:1", "m.netmap:3:8", "m.netmap:4:23", "m.netmap:5:10", "m.netmap:6:10");
  }

  @Test
  void readingGoesOnAfterAnErrorAndKeepsTheGoodLines() {
    ReadResult r = NetmapReader.read("m.netmap", "persn A\nperson B\nB -> C\n");
    assertThat(r.hasErrors()).isTrue();
    assertThat(r.map().links()).hasSize(1);
  }
}
