package networth.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeuristicsJobTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void the_literature_s_small_example_is_credited_as_worked_by_hand(@TempDir Path dir)
      throws IOException {
    Path file = LocalSpark.smallExample(dir);
    List<HeuristicCredit> credit =
        HeuristicsJob.run(
            new JourneyReader(spark, false).paths(file.toString(), PathColumns.defaults()));

    // Every path starts and ends with A: first and last touch give A all 3 conversions, £60.
    // Linear, each touch a share of its path's conversion and value:
    //   A>B>A>B>B>A: A 3 touches of 6 -> 0.5 (value 5),  B 3 of 6 -> 0.5 (value 5)
    //   A>B>B>A>A:   A 3 of 5 -> 0.6 (value 12),         B 2 of 5 -> 0.4 (value 8)
    //   A>A:         A 2 of 2 -> 1   (value 30)
    //   A = 2.1 conversions, £47;  B = 0.9 conversions, £13.
    assertThat(credit)
        .usingElementComparator(HeuristicsJobTest::compareTo1e12)
        .containsExactly(
            new HeuristicCredit("A", 3, 60, 3, 60, 2.1, 47),
            new HeuristicCredit("B", 0, 0, 0, 0, 0.9, 13));
  }

  /** Equal when the names are and every amount is within 1e-12 (sums of shares round). */
  static int compareTo1e12(HeuristicCredit a, HeuristicCredit b) {
    double[] x = amounts(a);
    double[] y = amounts(b);
    for (int i = 0; i < x.length; i++) {
      if (Math.abs(x[i] - y[i]) > 1e-12) {
        return Double.compare(x[i], y[i]);
      }
    }
    return a.channelName().compareTo(b.channelName());
  }

  private static double[] amounts(HeuristicCredit c) {
    return new double[] {
      c.firstTouchConversions(), c.firstTouchValue(),
      c.lastTouchConversions(), c.lastTouchValue(),
      c.linearTouchConversions(), c.linearTouchValue()
    };
  }

  @Test
  void on_channel_attribution_s_example_data_it_equals_a_plain_second_computation()
      throws IOException {
    List<HeuristicCredit> spark =
        HeuristicsJob.run(
            new JourneyReader(HeuristicsJobTest.spark, false)
                .paths(ReferenceData.path().toString(), PathColumns.defaults()));

    // The same rules, written out over the rows as ChannelAttribution's heuristic_models does:
    // channels in the order first met; {first conv, first value, last conv, last value,
    // linear conv, linear value}.
    Map<String, double[]> expected = new LinkedHashMap<>();
    for (ReferenceData.Row row : ReferenceData.rows()) {
      for (String c : row.path()) {
        expected.computeIfAbsent(c, k -> new double[6]);
      }
      double[] first = expected.get(row.path().get(0));
      first[0] += row.conversions();
      first[1] += row.value();
      double[] last = expected.get(row.path().get(row.path().size() - 1));
      last[2] += row.conversions();
      last[3] += row.value();
      for (String c : row.path()) {
        expected.get(c)[4] += row.conversions() / row.path().size();
        expected.get(c)[5] += row.value() / row.path().size();
      }
    }

    assertThat(spark)
        .extracting(HeuristicCredit::channelName)
        .containsExactlyElementsOf(expected.keySet());
    assertThat(expected).hasSize(12);
    for (HeuristicCredit c : spark) {
      double[] e = expected.get(c.channelName());
      double[] got = amounts(c);
      for (int i = 0; i < 6; i++) {
        assertThat(got[i]).as(c.channelName() + " column " + i).isCloseTo(e[i], within(1e-9));
      }
    }
    // Each heuristic hands out every conversion exactly once.
    double conversions =
        ReferenceData.rows().stream().mapToDouble(ReferenceData.Row::conversions).sum();
    assertThat(spark.stream().mapToDouble(HeuristicCredit::linearTouchConversions).sum())
        .isCloseTo(conversions, within(1e-6));
  }

  @Test
  void the_cluster_credits_as_the_single_machine_model_does_on_the_reference_data()
      throws Exception {
    // The same file through networth journeys' own heuristics (one machine) and through Spark:
    // every channel, every column, to 1e-9, channels in the same first-met order.
    networth.journeys.PathTable.Builder b = networth.journeys.PathTable.builder();
    for (ReferenceData.Row row : ReferenceData.rows()) {
      b.add(row.path(), row.conversions(), row.value(), row.nulls());
    }
    networth.journeys.attribution.ChannelCredits here =
        networth.journeys.attribution.Heuristics.of(b.build());
    List<HeuristicCredit> there =
        HeuristicsJob.run(
            new JourneyReader(spark, false)
                .paths(ReferenceData.path().toString(), PathColumns.defaults()));
    assertThat(there.stream().map(HeuristicCredit::channelName).toList())
        .isEqualTo(here.channels());
    for (int c = 0; c < there.size(); c++) {
      HeuristicCredit t = there.get(c);
      double[] spark = {
        t.firstTouchConversions(), t.firstTouchValue(), t.lastTouchConversions(),
        t.lastTouchValue(), t.linearTouchConversions(), t.linearTouchValue()
      };
      String[] names = {
        "first_touch_conversions", "first_touch_value", "last_touch_conversions",
        "last_touch_value", "linear_touch_conversions", "linear_touch_value"
      };
      for (int k = 0; k < names.length; k++) {
        assertThat(spark[k])
            .as(t.channelName() + " " + names[k])
            .isCloseTo(here.column(names[k]).value(c), org.assertj.core.data.Offset.offset(1e-9));
      }
    }
  }
}
