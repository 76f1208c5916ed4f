package networth.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user of the entry point sees: the tables, and the messages and exit codes of mistakes. */
class SparkJourneysTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    // run() uses this session and leaves it running, as it would one spark-submit started.
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        SparkJourneys.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void the_heuristics_table_has_channel_attribution_s_columns(@TempDir Path dir)
      throws IOException {
    Run r = run(LocalSpark.smallExample(dir).toString());

    // The credit worked by hand in HeuristicsJobTest: A 3, £60 first and last; linear 2.1, £47.
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .isEqualToNormalizingNewlines(
            """
            channel_name  first_touch_conversions  first_touch_value  last_touch_conversions  \
            last_touch_value  linear_touch_conversions  linear_touch_value
            A                                   3                 60                       3  \
                          60                       2.1                  47
            B                                   0                  0                       0  \
                           0                       0.9                  13
            """);
  }

  @Test
  void markov_credits_the_chain_solved_on_the_driver(@TempDir Path dir) throws IOException {
    Run r = run(LocalSpark.smallExample(dir).toString(), "--model", "markov", "--format=csv");

    // Order 1, repeats collapsed: A>B>A>B>A, A>B>A, A. From A, 3 steps to B and 3 conversions
    // (1/2 each); B always goes back to A; no journey is lost, so P(conversion) = 1. Without A
    // nothing converts (removal effect 1); without B, A's half to B is lost (0.5). Shares 2/3 and
    // 1/3 of 3 conversions, and of the £60 they brought (every conversion carries value alike).
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .isEqualToNormalizingNewlines(
            """
            channel_name,total_conversions,total_conversion_value
            A,2,40
            B,1,20
            """);
  }

  @Test
  void markov_counting_prints_the_transitions_with_their_probabilities_as_csv(@TempDir Path dir)
      throws IOException {
    Run r = run(LocalSpark.smallExample(dir).toString(), "--model", "transitions", "--format=csv");

    // Order 1, repeats collapsed: 3 journeys (start)>A; from A, 3 to B and 3 convert, so 1/2 each.
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .isEqualToNormalizingNewlines(
            """
            channel_from,channel_to,journeys,value,transition_probability
            (start),A,3,0,1
            A,(conversion),3,60,0.5
            A,B,3,0,0.5
            B,A,3,0,1
            """);
  }

  @Test
  void bad_rows_stop_the_run_with_exit_code_1_and_their_lines(@TempDir Path dir)
      throws IOException {
    Path file =
        Files.writeString(dir.resolve("bad.csv"), "path,total_conversions\na > b,1\nb,many\n");

    Run r = run(file.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains(file + ":3: total_conversions is not a number: \"many\"")
        .doesNotContain("Exception");
  }

  @Test
  void skipped_bad_rows_are_counted_on_standard_error(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(dir.resolve("bad.csv"), "path,total_conversions\na > b,1\nb,many\n");

    Run r = run(file.toString(), "--skip-bad-rows", "--format", "csv");

    // Only a > b is left, without a value column: first touch to a, last to b, half each.
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("1 bad row skipped");
    assertThat(r.out())
        .isEqualToNormalizingNewlines(
            """
            channel_name,first_touch_conversions,last_touch_conversions,linear_touch_conversions
            a,1,0,0.5
            b,0,1,0.5
            """);
  }

  @Test
  void a_missing_file_is_exit_code_3_and_a_bad_option_exit_code_2() {
    Run missing = run("no-such-file.csv");
    Run unknown = run("x.csv", "--modle", "markov");
    Run order = run("x.csv", "--order", "0");

    assertThat(missing.code()).isEqualTo(3);
    assertThat(missing.err()).startsWith("networth-spark: no such file: no-such-file.csv");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("networth-spark: unknown option --modle");
    assertThat(order.code()).isEqualTo(2);
    assertThat(order.err())
        .startsWith("networth-spark: --order: \"0\" is not a whole number of at least 1");
  }
}
