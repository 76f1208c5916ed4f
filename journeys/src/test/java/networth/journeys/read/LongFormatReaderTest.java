package networth.journeys.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import networth.journeys.PathTable;
import org.junit.jupiter.api.Test;

class LongFormatReaderTest {

  /**
   * Three journeys, rows out of order, three ways of writing a time. 1709251200 is
   * 2024-03-01T00:00Z (19,783 days × 86,400 s). j1: search 03-01, email 03-03, display 03-05
   * (converted, 50). j2: search 03-01, email 03-02, not converted. j3: search, "no".
   */
  static final String THREE =
      "journey_id,timestamp,channel,converted,value\n"
          + "j1,2024-03-03,email,0,\n"
          + "j2,1709251200,search,0,\n"
          + "j1,2024-03-01T00:00:00Z,search,0,\n"
          + "j1,2024-03-05 00:00,display,1,50\n"
          + "j2,2024-03-02T01:00:00+01:00,email,false,\n"
          + "j3,2024-03-04,search,no,\n";

  static LongFormatReader.Result read(String csv, LongFormatReader.Order order, List<Journey> seen)
      throws Exception {
    return new LongFormatReader(LongColumns.defaults(), order, BadRows.stop(), Progress.NONE)
        .read("touches.csv", new StringReader(csv), seen::add);
  }

  @Test
  void rowsInAnyOrderAreGroupedByJourneyAndOrderedByTime() throws Exception {
    List<Journey> seen = new ArrayList<>();
    LongFormatReader.Result r = read(THREE, LongFormatReader.Order.ANY, seen);
    PathTable t = r.table();
    assertThat(r.rows()).isEqualTo(6);
    assertThat(r.journeys()).isEqualTo(3);
    // Channels are numbered as the rows meet them: email, search, display.
    assertThat(t.channels()).containsExactly("email", "search", "display");
    assertThat(t.names(0)).containsExactly("search", "email", "display");
    assertThat(t.conversions(0)).isEqualTo(1);
    assertThat(t.value(0)).isEqualTo(50);
    assertThat(t.nulls(0)).isZero();
    assertThat(t.names(1)).containsExactly("search", "email");
    assertThat(t.conversions(1)).isZero();
    assertThat(t.nulls(1)).isEqualTo(1);
    assertThat(t.names(2)).containsExactly("search");
    assertThat(t.totalNulls()).isEqualTo(2);
    // j1's touches, 2 days apart, in epoch seconds.
    assertThat(seen.get(0).times())
        .containsExactly(1709251200, 1709251200 + 2 * 86400, 1709251200 + 4 * 86400.0);
  }

  @Test
  void groupedRowsAreStreamedJourneyByJourneyWithTheSameResult() throws Exception {
    String grouped =
        "journey_id,timestamp,channel,converted,value\n"
            + "j1,2024-03-03,email,0,\n"
            + "j1,2024-03-01T00:00:00Z,search,0,\n"
            + "j1,2024-03-05 00:00,display,1,50\n"
            + "j2,1709251200,search,0,\n"
            + "j2,2024-03-02T01:00:00+01:00,email,false,\n"
            + "j3,2024-03-04,search,no,\n";
    List<Journey> seen = new ArrayList<>();
    PathTable t = read(grouped, LongFormatReader.Order.GROUPED, seen).table();
    assertThat(t.size()).isEqualTo(3);
    assertThat(t.names(0)).containsExactly("search", "email", "display");
    assertThat(t.names(1)).containsExactly("search", "email");
    assertThat(seen).hasSize(3);
  }

  @Test
  void withoutAConvertedColumnEveryJourneyConvertsOnceAndValuesAddUp() throws Exception {
    String csv = "id,t,ch,amount\na,1,x,2\na,2,y,3\nb,5,y,\n";
    LongFormatReader reader =
        new LongFormatReader(
            new LongColumns("id", "t", "ch", Optional.empty(), Optional.of("amount")),
            LongFormatReader.Order.GROUPED,
            BadRows.stop(),
            Progress.NONE);
    PathTable t = reader.read("t.csv", new StringReader(csv), j -> {}).table();
    // a: x>y, 1 conversion, 2 + 3 = 5; b: y, 1 conversion, no value.
    assertThat(t.names(0)).containsExactly("x", "y");
    assertThat(t.conversions(0)).isEqualTo(1);
    assertThat(t.value(0)).isEqualTo(5);
    assertThat(t.conversions(1)).isEqualTo(1);
    assertThat(t.totalNulls()).isZero();
  }

  @Test
  void valueOnAJourneyThatDidNotConvertIsNotCounted() throws Exception {
    String csv = "journey_id,timestamp,channel,converted,value\nq,1,x,0,40\n";
    PathTable t = read(csv, LongFormatReader.Order.ANY, new ArrayList<>()).table();
    assertThat(t.totalValue()).isZero();
    assertThat(t.totalNulls()).isEqualTo(1);
  }

  @Test
  void badRowsNameTheirLineAndColumn() {
    String head = "journey_id,timestamp,channel,converted\n";
    assertThatThrownBy(
            () -> read(head + "a,yesterday,x,1\n", LongFormatReader.Order.ANY, new ArrayList<>()))
        .isInstanceOf(JourneyInputException.class)
        .hasMessageStartingWith(
            "touches.csv:2: column timestamp: \"yesterday\" is not a time: write"
                + " 2024-03-01T09:30:00Z, 2024-03-01 or epoch seconds");
    assertThatThrownBy(
            () ->
                read(
                    head + "a,1,x,1\na,2,x,maybe\n", LongFormatReader.Order.ANY, new ArrayList<>()))
        .hasMessageStartingWith("touches.csv:3: column converted: \"maybe\" is not yes or no");
    assertThatThrownBy(() -> read(head + ",1,x,1\n", LongFormatReader.Order.ANY, new ArrayList<>()))
        .hasMessageStartingWith("touches.csv:2: column journey_id: empty");
    assertThatThrownBy(
            () -> read(head + "a,1, ,1\n", LongFormatReader.Order.ANY, new ArrayList<>()))
        .hasMessageStartingWith("touches.csv:2: column channel: empty");
    assertThatThrownBy(
            () -> read("journey_id,channel\na,x\n", LongFormatReader.Order.ANY, new ArrayList<>()))
        .hasMessageStartingWith(
            "touches.csv:1: no column timestamp in the header (it has journey_id, channel)")
        .hasMessageEndingWith("--timestamp-column");
  }

  @Test
  void skippedRowsLeaveTheRestOfTheirJourney() throws Exception {
    String csv = "journey_id,timestamp,channel,converted\na,1,x,0\na,oops,y,0\na,3,z,1\n";
    BadRows bad = BadRows.skip();
    PathTable t =
        new LongFormatReader(LongColumns.defaults(), LongFormatReader.Order.ANY, bad, Progress.NONE)
            .read("t.csv", new StringReader(csv), j -> {})
            .table();
    assertThat(t.names(0)).containsExactly("x", "z");
    assertThat(bad.count()).isEqualTo(1);
    assertThat(bad.first().get(0).line()).isEqualTo(3);
  }

  @Test
  void timestampsInEveryFormAgree() {
    // 2024-03-01T00:00Z is 1709251200 s (19,783 days since 1970-01-01).
    assertThat(Timestamps.seconds("1709251200")).isEqualTo(1709251200);
    assertThat(Timestamps.seconds("2024-03-01")).isEqualTo(1709251200);
    assertThat(Timestamps.seconds("2024-03-01T00:00:00Z")).isEqualTo(1709251200);
    assertThat(Timestamps.seconds("2024-03-01T01:00+01:00")).isEqualTo(1709251200);
    assertThat(Timestamps.seconds("2024-03-01 00:00:00")).isEqualTo(1709251200);
    assertThat(Timestamps.seconds("2024-03-01T00:00:00.5")).isEqualTo(1709251200.5);
    assertThat(Timestamps.seconds("1709251200.25")).isEqualTo(1709251200.25);
    assertThat(Timestamps.seconds("2024-13-01")).isNaN();
    assertThat(Timestamps.seconds("")).isNaN();
  }
}
