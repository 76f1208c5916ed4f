package networth.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import networth.journeys.PathTable;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneyReaderTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static final String BAD =
      """
      path,total_conversions,total_conversion_value,total_null
      a > b,1,2.5,0
      a > b,x,1,0
       > ,1,1,0
      b,-2,1,0
      b,1,1,4
      """;

  @Test
  void bad_rows_are_reported_with_their_line_and_what_is_wrong(@TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("bad.csv"), BAD);

    assertThatThrownBy(
            () ->
                PathTableJob.run(
                    new JourneyReader(spark, false).paths(file.toString(), PathColumns.defaults())))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining(file + ": 3 bad rows (fix them, or pass --skip-bad-rows")
        .hasMessageContaining(file + ":3: total_conversions is not a number: \"x\"")
        .hasMessageContaining(file + ":4: path has no channel")
        .hasMessageContaining(file + ":5: total_conversions is negative: -2");
  }

  @Test
  void skipping_bad_rows_keeps_the_good_ones_and_counts_the_others(@TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("bad.csv"), BAD);

    Journeys journeys =
        new JourneyReader(spark, true).paths(file.toString(), PathColumns.defaults());
    PathTable table = PathTableJob.run(journeys);

    assertThat(journeys.badRows().count()).isEqualTo(3);
    assertThat(table.size()).isEqualTo(2);
    assertThat(table.totalConversions()).isEqualTo(2); // lines 2 and 6
    assertThat(table.totalValue()).isEqualTo(3.5);
    assertThat(table.totalNulls()).isEqualTo(4);
  }

  @Test
  void a_gzip_file_reads_as_the_plain_one(@TempDir Path dir) throws IOException {
    Path gz = dir.resolve("paths.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(ReferenceData.path()));
    }

    PathTable table =
        PathTableJob.run(
            new JourneyReader(spark, false).paths(gz.toString(), PathColumns.defaults()));

    double conversions =
        ReferenceData.rows().stream().mapToDouble(ReferenceData.Row::conversions).sum();
    double nulls = ReferenceData.rows().stream().mapToDouble(ReferenceData.Row::nulls).sum();
    assertThat(table.totalConversions()).isCloseTo(conversions, within(1e-9));
    assertThat(table.totalNulls()).isCloseTo(nulls, within(1e-9));
    assertThat(table.channels()).hasSize(12);
  }

  @Test
  void parquet_with_other_column_names_reads_when_the_columns_are_named(@TempDir Path dir)
      throws IOException {
    Path csv =
        Files.writeString(
            dir.resolve("renamed.csv"),
            """
            journey,conv,revenue
            tv > search,2,30
            search,1,5
            """);
    String parquet = dir.resolve("renamed.parquet").toString();
    spark
        .read()
        .option("header", "true")
        .option("inferSchema", "true")
        .csv(csv.toString())
        .write()
        .parquet(parquet);
    PathColumns columns =
        new PathColumns("journey", "conv", Optional.of("revenue"), Optional.empty());

    Journeys journeys = new JourneyReader(spark, false).paths(parquet, columns);
    PathTable table = PathTableJob.run(journeys);

    assertThat(journeys.hasValue()).isTrue();
    assertThat(table.channels()).containsExactlyInAnyOrder("tv", "search");
    assertThat(table.totalConversions()).isEqualTo(3);
    assertThat(table.totalValue()).isEqualTo(35);
    assertThat(table.totalNulls()).isZero();
  }

  @Test
  void a_column_not_in_the_file_is_named_with_the_option_that_chooses_it(@TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("other.csv"), "journey,conv\na,1\n");

    assertThatThrownBy(
            () -> new JourneyReader(spark, false).paths(file.toString(), PathColumns.defaults()))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            file
                + ": no column \"path\" (its columns: journey, conv); name the right one with"
                + " --path-column");
  }

  @Test
  void the_long_format_orders_each_journey_by_time_whatever_the_row_order(@TempDir Path dir)
      throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("touches.csv"),
            """
            journey_id,timestamp,channel,converted,value
            j1,2024-03-02T10:00:00,search,true,40
            j2,2024-03-01T09:00:00,tv,false,
            j1,2024-03-01T08:00:00,tv,false,0
            j3,5,email,0,0
            j1,2024-03-01T12:30:00,email,false,0
            j3,2,email,1,7
            j2,2024-03-01T09:30:00,search,no,0
            """);

    Journeys journeys = new JourneyReader(spark, false).touchpoints(file.toString());
    PathTable table = PathTableJob.run(journeys);

    assertThat(journeys.badRows().count()).isZero();
    // j1: tv (1 Mar 08:00) > email (12:30) > search (2 Mar), converted, value 40.
    // j2: tv > search, not converted.  j3: email > email (times 2 then 5), converted, value 7.
    assertThat(table.size()).isEqualTo(3);
    for (int i = 0; i < table.size(); i++) {
      switch (String.join(">", table.names(i))) {
        case "tv>email>search" ->
            assertThat(new double[] {table.conversions(i), table.value(i), table.nulls(i)})
                .containsExactly(1, 40, 0);
        case "tv>search" ->
            assertThat(new double[] {table.conversions(i), table.value(i), table.nulls(i)})
                .containsExactly(0, 0, 1);
        case "email>email" ->
            assertThat(new double[] {table.conversions(i), table.value(i), table.nulls(i)})
                .containsExactly(1, 7, 0);
        default -> throw new AssertionError("unexpected path " + table.names(i));
      }
    }
  }

  @Test
  void a_long_format_row_with_an_unreadable_time_is_reported(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("touches.csv"),
            "journey_id,timestamp,channel\nj1,yesterday,tv\nj1,3,search\n",
            StandardCharsets.UTF_8);

    assertThatThrownBy(
            () -> PathTableJob.run(new JourneyReader(spark, false).touchpoints(file.toString())))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining(file + ":2: timestamp is neither a number nor a date: \"yesterday\"");
  }
}
