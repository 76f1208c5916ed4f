package networth.journeys.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import networth.journeys.PathTable;
import networth.journeys.read.BadRows;
import networth.journeys.read.LongColumns;
import networth.journeys.read.LongFormatReader;
import networth.journeys.read.Progress;
import org.junit.jupiter.api.Test;

class PositionAndTimeDecayTest {

  /** The same three journeys as the long format reader's test. */
  static final String LONG_THREE =
      "journey_id,timestamp,channel,converted,value\n"
          + "j1,2024-03-03,email,0,\n"
          + "j2,1709251200,search,0,\n"
          + "j1,2024-03-01T00:00:00Z,search,0,\n"
          + "j1,2024-03-05 00:00,display,1,50\n"
          + "j2,2024-03-02T01:00:00+01:00,email,false,\n"
          + "j3,2024-03-04,search,no,\n";

  /**
   * Three paths, one conversion worth 10 each. {@code a}: a takes all. {@code a>b}: half each.
   * {@code a>b>c>b>d}: a 0.4, d 0.4, and the three touches between share 0.2: b twice, 2/15, c
   * 1/15. So a 1 + 0.5 + 0.4 = 1.9, b 0.5 + 2/15, c 1/15, d 0.4; three conversions in all.
   */
  @Test
  void uShapeWithOneAndTwoTouchPathsAsTheCommonToolsDo() throws Exception {
    PathTable t =
        HeuristicsTest.table(
            "path,total_conversions,total_conversion_value\na,1,10\na>b,1,10\na>b>c>b>d,1,10\n");
    ChannelCredits c = PositionBased.of(t, PositionBased.Weights.DEFAULT);
    assertThat(c.channels()).containsExactly("a", "b", "c", "d");
    assertThat(c.column("position_based_conversions").values())
        .containsExactly(new double[] {1.9, 0.5 + 2.0 / 15, 1.0 / 15, 0.4}, within(1e-12));
    assertThat(c.column("position_based_value").values())
        .containsExactly(new double[] {19, 5 + 20.0 / 15, 10.0 / 15, 4}, within(1e-12));
    assertThat(c.column("position_based_conversions").total()).isCloseTo(3, within(1e-12));
  }

  /** 20/30/50: a two-touch path splits 20 : 50, so a 2/7 and b 5/7. */
  @Test
  void otherWeightsSplitTwoTouchPathsInProportion() throws Exception {
    PathTable t = HeuristicsTest.table("path,total_conversions\na>b,1\n");
    ChannelCredits c = PositionBased.of(t, PositionBased.Weights.percent(20, 30, 50));
    assertThat(c.column("position_based_conversions").values())
        .containsExactly(new double[] {2.0 / 7, 5.0 / 7}, within(1e-12));
    assertThatThrownBy(() -> PositionBased.Weights.percent(40, 40, 40))
        .hasMessageContaining("add up to 100");
  }

  /**
   * Journey j1 of {@link #LONG_THREE} with a half-life of 2 days: search 4 days before the
   * conversion weighs 2^-2 = 0.25, email 2 days before 0.5, display at it 1; together 1.75, so
   * search 1/7, email 2/7, display 4/7 of the conversion, and of its 50: 50/7, 100/7, 200/7. j2 and
   * j3 did not convert and give nothing.
   */
  @Test
  void timeDecayHalvesAWeightEveryHalfLife() throws Exception {
    TimeDecay decay = new TimeDecay(2);
    PathTable t =
        new LongFormatReader(
                LongColumns.defaults(), LongFormatReader.Order.ANY, BadRows.stop(), Progress.NONE)
            .read("t.csv", new StringReader(LONG_THREE), decay)
            .table();
    ChannelCredits c = decay.credits(t.channels());
    assertThat(c.channels()).containsExactly("email", "search", "display");
    assertThat(c.column("time_decay_conversions").values())
        .containsExactly(new double[] {2.0 / 7, 1.0 / 7, 4.0 / 7}, within(1e-12));
    assertThat(c.column("time_decay_value").values())
        .containsExactly(new double[] {100.0 / 7, 50.0 / 7, 200.0 / 7}, within(1e-12));
  }

  @Test
  void touchesAtTheSameTimeShareEquallyWhateverTheHalfLife() throws Exception {
    String csv = "journey_id,timestamp,channel\nj,2024-01-01,x\nj,2024-01-01,y\nj,2024-01-01,x\n";
    TimeDecay decay = new TimeDecay(TimeDecay.HALF_LIFE_DAYS_DEFAULT);
    PathTable t =
        new LongFormatReader(
                LongColumns.defaults(),
                LongFormatReader.Order.GROUPED,
                BadRows.stop(),
                Progress.NONE)
            .read("t.csv", new StringReader(csv), decay)
            .table();
    // Three touches of weight 1: x twice, 2/3; y 1/3.
    assertThat(decay.credits(t.channels()).column("time_decay_conversions").values())
        .containsExactly(new double[] {2.0 / 3, 1.0 / 3}, within(1e-12));
    assertThatThrownBy(() -> new TimeDecay(0)).hasMessageContaining("above 0");
  }
}
