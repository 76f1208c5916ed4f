package networth.io.netmap;

import static org.assertj.core.api.Assertions.assertThat;

import networth.io.ReadResult;
import networth.io.json.JsonMapReader;
import networth.io.json.JsonMapWriter;
import org.junit.jupiter.api.Test;

/** {@code fmt} keeps what the user wrote where it is valid, and spells the rest canonically. */
class WrittenFormsTest {

  private static String format(String text) {
    ReadResult r = NetmapReader.read("m.netmap", text);
    assertThat(r.errors()).as(text).isEmpty();
    return NetmapWriter.write(r.map(), r.layout());
  }

  /** Every written form, laid out as fmt lays it out. */
  private static final String EVERY_FORM =
      """
      currency EUR
      rate €80

      person   Lena, Priya    since 2020
      person   "Lena K", Bo   label Friend
      person   Emily          2011-02-10
      job      "Acme Studio"  since 2019-03 until 2022-08
      channel  LinkedIn       cost €120/yr hours 4/month
      channel  Blog           cost 1,200 EUR per year hours 2/wk
      channel  Dribbble       cost 96/quarter hours 1 per week
      client   C1             value €1,200 since 2021
      client   C2             value 1,200 won 2021
      event    Fair           since 2014
      prospect P1             value 1,200 p 30%
      prospect P2             value $2,500.50 p 0.3
      prospect P3             value £50,000 p 40%

      Lena -> "Acme Studio" -> C1
      Bo -> P1, P2
      """;

  @Test
  void aFileWithEveryWrittenFormIsUnchanged() {
    assertThat(format(EVERY_FORM)).isEqualTo(EVERY_FORM);
    assertThat(format(format(EVERY_FORM))).isEqualTo(EVERY_FORM);
  }

  @Test
  void formatsTheRestAndThenChangesNothing() {
    String messy =
        """
        currency   EUR
        person Lena,Priya   since 2020
        client C1 value   €1,200   since 2021
        channel LinkedIn cost €120/yr    hours 4/month
        prospect P1 p 30%   value 1,200
        """;
    String once = format(messy);
    assertThat(once)
        .isEqualTo(
            """
            currency EUR
            person   Lena, Priya  since 2020
            client   C1           value €1,200 since 2021
            channel  LinkedIn     cost €120/yr hours 4/month
            prospect P1           value 1,200 p 30%
            """);
    assertThat(format(once)).isEqualTo(once);
  }

  @Test
  void aMapWithoutAFileGetsTheCanonicalForms() {
    ReadResult read = NetmapReader.read("m.netmap", EVERY_FORM);
    ReadResult fromJson = JsonMapReader.read("m.json", JsonMapWriter.write(read.map()));
    String canonical = NetmapWriter.write(fromJson.map());
    assertThat(canonical)
        .contains("\nchannel LinkedIn  cost 120/year hours 4/month\n")
        .contains("\nchannel Blog      cost 1.2k/year hours 2/week\n")
        .contains("\nchannel Dribbble  cost 96/quarter hours 1/week\n")
        .contains("\nclient C1  value 1.2k won 2021\n")
        .contains("\nprospect P2  value 2500.5 USD p 30%\n")
        .contains("\nprospect P3  value 50k GBP p 40%\n")
        .contains("\nevent Fair  on 2014\n")
        .contains("\nperson Lena      since 2020\nperson Priya     since 2020\n");
    // The canonical form reads back to the same map.
    assertThat(NetmapReader.read("c.netmap", canonical).map()).isEqualTo(fromJson.map());
  }

  @Test
  void aWrittenFormThatNoLongerSaysTheValueGivesWayToTheCanonical() {
    ReadResult file = NetmapReader.read("m.netmap", "prospect P value €1,200 p 0.3\n");
    ReadResult changed = NetmapReader.read("m.netmap", "prospect P value €1,300 p 40%\n");
    assertThat(NetmapWriter.write(changed.map(), file.layout()))
        .isEqualTo("prospect P  value 1.3k EUR p 40%\n");
  }
}
