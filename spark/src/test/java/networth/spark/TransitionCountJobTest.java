package networth.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import networth.journeys.PathTable;
import networth.journeys.markov.Transition;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Markov counting job and the grouping of journeys by path, each against a second count. */
class TransitionCountJobTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static final List<String> START = Transition.START;
  private static final List<String> CONVERSION = Transition.CONVERSION;
  private static final List<String> NULL = Transition.NULL;

  /**
   * A chain of order 1, written here apart from the production rule: start, each channel, then
   * conversion or null; a channel repeated in a row is one state.
   */
  static List<Transition> orderOne(
      List<String> path, double conversions, double value, double nulls) {
    List<Transition> out = new ArrayList<>();
    List<String> at = START;
    for (String channel : path) {
      List<String> next = List.of(channel);
      if (!next.equals(at)) {
        out.add(new Transition(at, next, conversions + nulls, 0));
        at = next;
      }
    }
    if (conversions > 0) {
      out.add(new Transition(at, CONVERSION, conversions, value));
    }
    if (nulls > 0) {
      out.add(new Transition(at, NULL, nulls, 0));
    }
    return out;
  }

  @Test
  void the_literature_s_small_example_counts_the_steps_worked_by_hand(@TempDir Path dir)
      throws IOException {
    Path file = LocalSpark.smallExample(dir);
    Journeys journeys =
        new JourneyReader(spark, false).paths(file.toString(), PathColumns.defaults());

    List<Transition> counted = TransitionCountJob.run(journeys, TransitionCountJobTest::orderOne);

    // Repeats in a row collapsed: A>B>A>B>A, A>B>A and A, each from (start), into (conversion).
    //   (start)->A: 3 paths                    A->B: 2 (first path) + 1 (second) = 3
    //   B->A: 2 + 1 = 3                        A->(conversion): 3, value 10 + 20 + 30 = 60
    // Ordered by from, then to, as Spark orders arrays of strings.
    assertThat(counted)
        .containsExactly(
            new Transition(START, List.of("A"), 3, 0),
            new Transition(List.of("A"), CONVERSION, 3, 60),
            new Transition(List.of("A"), List.of("B"), 3, 0),
            new Transition(List.of("B"), List.of("A"), 3, 0));
  }

  @Test
  void on_channel_attribution_s_example_data_the_sums_equal_a_plain_java_sum() throws IOException {
    Journeys journeys =
        new JourneyReader(spark, false)
            .paths(ReferenceData.path().toString(), PathColumns.defaults());

    List<Transition> counted = TransitionCountJob.run(journeys, TransitionCountJobTest::orderOne);

    Map<List<List<String>>, double[]> expected = new HashMap<>();
    for (ReferenceData.Row row : ReferenceData.rows()) {
      for (Transition t : orderOne(row.path(), row.conversions(), row.value(), row.nulls())) {
        double[] sum = expected.computeIfAbsent(List.of(t.from(), t.to()), k -> new double[2]);
        sum[0] += t.journeys();
        sum[1] += t.value();
      }
    }
    assertThat(counted).hasSize(expected.size());
    for (Transition t : counted) {
      double[] e = expected.get(List.of(t.from(), t.to()));
      assertThat(e).as(t.from() + " -> " + t.to()).isNotNull();
      assertThat(t.journeys()).as(t.from() + " -> " + t.to()).isCloseTo(e[0], within(1e-9));
      assertThat(t.value()).as(t.from() + " -> " + t.to()).isCloseTo(e[1], within(1e-9));
    }
    // Every journey leaves (start) once and ends once, in (conversion) or (null).
    double journeysIn =
        ReferenceData.rows().stream().mapToDouble(r -> r.conversions() + r.nulls()).sum();
    assertThat(
            counted.stream()
                .filter(t -> t.from().equals(START))
                .mapToDouble(Transition::journeys)
                .sum())
        .isCloseTo(journeysIn, within(1e-6));
  }

  @Test
  void the_order_k_windows_slide_one_touch_and_drop_repeats() {
    Journeys journeys =
        new Journeys(
            spark.createDataFrame(
                List.of(
                    org.apache.spark.sql.RowFactory.create(
                        List.of("a", "b", "b", "b", "c"), 2.0, 5.0, 1.0, 0L)),
                new org.apache.spark.sql.types.StructType()
                    .add(
                        Journeys.PATH,
                        org.apache.spark.sql.types.DataTypes.createArrayType(
                            org.apache.spark.sql.types.DataTypes.StringType))
                    .add(Journeys.CONVERSIONS, org.apache.spark.sql.types.DataTypes.DoubleType)
                    .add(Journeys.VALUE, org.apache.spark.sql.types.DataTypes.DoubleType)
                    .add(Journeys.NULLS, org.apache.spark.sql.types.DataTypes.DoubleType)
                    .add(Journeys.SEEN, org.apache.spark.sql.types.DataTypes.LongType)),
            true,
            BadRows.none());

    List<Transition> counted = SparkJourneys.steps(journeys, 2);

    // Windows of 2 over a b b b c: ab, bb, bb, bc; the second bb repeats the first and goes.
    // 3 journeys walk (start)>ab>bb>bc; 2 convert (value 5), 1 does not.
    assertThat(counted)
        .containsExactlyInAnyOrder(
            new Transition(START, List.of("a", "b"), 3, 0),
            new Transition(List.of("a", "b"), List.of("b", "b"), 3, 0),
            new Transition(List.of("b", "b"), List.of("b", "c"), 3, 0),
            new Transition(List.of("b", "c"), CONVERSION, 2, 5),
            new Transition(List.of("b", "c"), NULL, 1, 0));
  }

  @Test
  void grouping_by_path_merges_repeated_paths_and_numbers_channels_as_met(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("repeated.csv");
    Files.writeString(
        file,
        """
        path,total_conversions,total_conversion_value,total_null
        b > a,1,4,2
        a,0,0,5
        b>a,2,6,1
        """);
    PathTable table =
        PathTableJob.run(
            new JourneyReader(spark, false).paths(file.toString(), PathColumns.defaults()));

    // "b > a" and "b>a" are one path: 1 + 2 conversions, 4 + 6 value, 2 + 1 nulls.
    assertThat(table.channels()).containsExactly("b", "a");
    assertThat(table.size()).isEqualTo(2);
    assertThat(table.names(0)).containsExactly("b", "a");
    assertThat(table.conversions(0)).isEqualTo(3);
    assertThat(table.value(0)).isEqualTo(10);
    assertThat(table.nulls(0)).isEqualTo(3);
    assertThat(table.names(1)).containsExactly("a");
    assertThat(table.nulls(1)).isEqualTo(5);
  }

  @Test
  void the_reference_data_grouped_by_spark_has_the_totals_of_the_file() throws IOException {
    PathTable table =
        PathTableJob.run(
            new JourneyReader(spark, false)
                .paths(ReferenceData.path().toString(), PathColumns.defaults()));

    Map<List<String>, double[]> expected = new HashMap<>();
    for (ReferenceData.Row row : ReferenceData.rows()) {
      double[] sum = expected.computeIfAbsent(row.path(), k -> new double[3]);
      sum[0] += row.conversions();
      sum[1] += row.value();
      sum[2] += row.nulls();
    }
    assertThat(table.size()).isEqualTo(expected.size());
    for (int i = 0; i < table.size(); i++) {
      double[] e = expected.get(table.names(i));
      assertThat(table.conversions(i)).isCloseTo(e[0], within(1e-9));
      assertThat(table.value(i)).isCloseTo(e[1], within(1e-9));
      assertThat(table.nulls(i)).isCloseTo(e[2], within(1e-9));
    }
    assertThat(table.channels()).hasSize(12);
  }

  @Test
  void markovCreditOnTheClusterEqualsTheSingleMachineModelOnTheReferenceData() throws Exception {
    // The same journeys through both: grouped into a path table here, read and counted by Spark
    // there; the chains solved by the one solver must agree to 1e-9 at orders 1 and 2.
    networth.journeys.PathTable.Builder b = networth.journeys.PathTable.builder();
    for (ReferenceData.Row row : ReferenceData.rows()) {
      b.add(row.path(), row.conversions(), row.value(), row.nulls());
    }
    networth.journeys.PathTable table = b.build();
    Journeys journeys =
        new JourneyReader(spark, false)
            .paths(ReferenceData.path().toString(), PathColumns.defaults());
    for (int order = 1; order <= 2; order++) {
      networth.journeys.markov.MarkovResult here =
          networth.journeys.markov.MarkovModel.exact(table, order);
      TransitionCountJob.Counted counted = SparkJourneys.counted(journeys, order);
      // The cluster finds the channels' first-met order itself, as one machine numbers them.
      assertThat(counted.channels()).isEqualTo(table.channels());
      networth.journeys.markov.MarkovResult there =
          networth.journeys.markov.MarkovModel.exact(
              networth.journeys.markov.MarkovChain.of(order, counted.channels(), counted.steps()));
      assertThat(there.credits()).hasSameSizeAs(here.credits());
      assertThat(there.conversionProbability())
          .isCloseTo(here.conversionProbability(), org.assertj.core.data.Offset.offset(1e-9));
      for (int c = 0; c < here.credits().size(); c++) {
        var a = here.credits().get(c);
        var z = there.credits().get(c);
        assertThat(z.channelName()).isEqualTo(a.channelName());
        assertThat(z.totalConversions())
            .isCloseTo(a.totalConversions(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(z.totalConversionValue())
            .isCloseTo(a.totalConversionValue(), org.assertj.core.data.Offset.offset(1e-9));
      }
    }
  }
}
