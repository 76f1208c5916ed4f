package networth.io.netmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import networth.diagnostics.Problem;
import networth.io.ReadResult;
import networth.io.check.MapChecker;
import networth.model.Cost;
import networth.model.Link;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.PartialDate;
import networth.model.Rhythm;
import org.junit.jupiter.api.Test;

/** The forms people write that the map file reads: amounts, percentages, several names, periods. */
class ForgivingSyntaxTest {

  private static NetworkMap read(String text) {
    ReadResult r = MapChecker.check(NetmapReader.read("m.netmap", text), "m.netmap");
    assertThat(r.errors()).as(text).isEmpty();
    return r.map();
  }

  private static List<Problem> problems(String text) {
    return MapChecker.check(NetmapReader.read("m.netmap", text), "m.netmap").problems();
  }

  private static Problem onlyError(String text) {
    List<Problem> ps = problems(text);
    assertThat(ps).as(text).hasSize(1);
    assertThat(ps.get(0).isError()).isTrue();
    return ps.get(0);
  }

  private static Node node(NetworkMap map, String id) {
    return map.node(id).orElseThrow();
  }

  @Test
  void amountsAsPeopleWriteThem() {
    NetworkMap map =
        read(
            """
            currency GBP
            client A value €1,200
            client B value 1,200
            client C value £50,000
            client D value $2,500.50
            client E value 1,200 EUR
            client F value 1,234,567
            """);
    assertThat(node(map, "A").deal().value()).contains(Money.of(1_200, "EUR"));
    assertThat(node(map, "B").deal().value()).contains(Money.of(1_200, "GBP"));
    assertThat(node(map, "C").deal().value()).contains(Money.of(50_000, "GBP"));
    assertThat(node(map, "D").deal().value()).contains(new Money(new BigDecimal("2500.5"), "USD"));
    assertThat(node(map, "E").deal().value()).contains(Money.of(1_200, "EUR"));
    assertThat(node(map, "F").deal().value()).contains(Money.of(1_234_567, "GBP"));
  }

  @Test
  void aCommaSeparatesThousandsOnlyInsideANumberBeforeThreeDigits() {
    NetworkMap map =
        read(
            """
            person A
            A -> B,C
            A -> 1, 200
            A -> 2,2000
            A -> 3,400
            """);
    // B,C and 1, 200 and 2,2000 are two names each; 3,400 is one name (a number).
    assertThat(map.links().stream().map(Link::to).toList())
        .containsExactly("B", "C", "1", "200", "2", "2000", "3,400");
  }

  @Test
  void aProbabilityAboveOneSaysExactlyWhatToWrite() {
    Problem p = onlyError("prospect A p 30\n");
    assertThat(p.position().toString()).isEqualTo("m.netmap:1:14");
    assertThat(p.message()).isEqualTo("bad probability: '30' is more than 1");
    assertThat(p.hint()).isEqualTo("write p 30%");
    assertThat(onlyError("prospect A probability 42.5\n").hint())
        .isEqualTo("write probability 42.5%");
    // Beyond 100 no percentage would do: the general hint.
    assertThat(onlyError("prospect A p 140\n").hint())
        .isEqualTo("write a percentage such as 40% or a fraction such as 0.4");
    NetworkMap map = read("prospect A p 0.3\nprospect B p 30%\n");
    assertThat(node(map, "A").deal().probability().getAsDouble()).isEqualTo(0.3);
    assertThat(node(map, "B").deal().probability().getAsDouble()).isEqualTo(0.3);
  }

  @Test
  void aWrongArrowGetsOneMessageAtItsColumnAndTheLinkIsRead() {
    for (String arrow : List.of("-->", "=>", "==>", "->>", "—>", "→")) {
      String text = "person A\nperson B\nA " + arrow + " B\n";
      Problem p = onlyError(text);
      assertThat(p.position().toString()).as(arrow).isEqualTo("m.netmap:3:3");
      assertThat(p.message()).isEqualTo("'" + arrow + "' is not an arrow");
      assertThat(p.hint()).isEqualTo("the arrow is -> (or -[kind]-> to describe the link)");
      assertThat(p.length()).isEqualTo(arrow.length());
      NetworkMap map = NetmapReader.read("m.netmap", text).map();
      assertThat(map.links()).containsExactly(new Link("A", "B", "", Optional.empty(), ""));
    }
    // Two wrong arrows are two mistakes: two messages, nothing more.
    List<Problem> two = problems("person A\nperson B\nperson C\nA-->B --> C\n");
    assertThat(two.stream().map(p -> p.position().column() + " " + p.message()).toList())
        .containsExactly("2 '-->' is not an arrow", "7 '-->' is not an arrow");
  }

  @Test
  void oneDeclarationMayNameSeveralNodes() {
    NetworkMap map =
        read(
            """
            person Lena, Priya since 2020 role=designer
            person "Lena K", Bo label Friend
            """);
    for (String id : List.of("Lena", "Priya")) {
      assertThat(node(map, id).date()).contains(PartialDate.parse("2020"));
      assertThat(node(map, id).label()).isEqualTo(id);
      assertThat(node(map, id).attributes()).containsEntry("role", "designer");
    }
    assertThat(node(map, "Lena K").label()).isEqualTo("Friend");
    assertThat(node(map, "Bo").label()).isEqualTo("Friend");
  }

  @Test
  void errorsInADeclarationOfSeveralNameTheRightOne() {
    Problem p = onlyError("person A\nperson B, \"A\" since 2020\n");
    assertThat(p.position().toString()).isEqualTo("m.netmap:2:11");
    assertThat(p.message()).isEqualTo("'A' is already declared on line 1");
    Problem attribute = onlyError("person Lena, Priya, Bo since 2020 since 2021\n");
    assertThat(attribute.message()).isEqualTo("a date is given twice for 'Lena', 'Priya' and 'Bo'");
    assertThat(attribute.position().column()).isEqualTo(35);
  }

  @Test
  void untilEndsANodeAndMayNotComeBeforeItsDate() {
    NetworkMap map =
        read(
            """
            job "Acme Studio" since 2019-03 until 2022-08
            channel Blog until 2015
            job Short since 2019-03 until 2019
            """);
    assertThat(node(map, "Acme Studio").until()).contains(PartialDate.parse("2022-08"));
    assertThat(node(map, "Blog").until()).contains(PartialDate.parse("2015"));
    assertThat(node(map, "Blog").date()).isEmpty();
    Problem p = onlyError("job J until 2018 since 2019-03\n");
    assertThat(p.position().toString()).isEqualTo("m.netmap:1:13");
    assertThat(p.message()).isEqualTo("'J' ends (2018) before it starts (2019-03)");
    assertThat(p.hint()).startsWith("an end comes on or after the start");
  }

  @Test
  void costsAndHoursMayRecurEveryPeriod() {
    NetworkMap map =
        read(
            """
            channel A cost €120/yr hours 4/month
            channel B cost 1,200 EUR per year hours 2 /wk
            channel C cost 300 EUR/quarter hours 10 per mo
            channel D cost 300 hours 40
            """);
    Cost a = node(map, "A").cost();
    assertThat(a.money()).contains(Money.of(120, "EUR"));
    assertThat(a.moneyEvery()).contains(Rhythm.YEAR);
    assertThat(a.hours().getAsDouble()).isEqualTo(4);
    assertThat(a.hoursEvery()).contains(Rhythm.MONTH);
    Cost b = node(map, "B").cost();
    assertThat(b.money()).contains(Money.of(1_200, "EUR"));
    assertThat(b.moneyEvery()).contains(Rhythm.YEAR);
    assertThat(b.hoursEvery()).contains(Rhythm.WEEK);
    Cost c = node(map, "C").cost();
    assertThat(c.money()).contains(Money.of(300, "EUR"));
    assertThat(c.moneyEvery()).contains(Rhythm.QUARTER);
    assertThat(c.hoursEvery()).contains(Rhythm.MONTH);
    Cost d = node(map, "D").cost();
    assertThat(d.moneyEvery()).isEmpty();
    assertThat(d.hoursEvery()).isEmpty();
    Problem p = onlyError("channel K cost 120/day\n");
    assertThat(p.hint()).isEqualTo("write /week, /month, /quarter or /year (or /wk, /mo, /yr)");
    // A value is worth what it is worth, once.
    assertThat(onlyError("client K value 50k/yr\n").message())
        .isEqualTo("bad amount: '50k/yr' is not an amount");
  }
}
