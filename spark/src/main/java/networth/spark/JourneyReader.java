package networth.spark;

import static networth.spark.PathColumns.NULLS_DEFAULT;
import static networth.spark.PathColumns.VALUE_DEFAULT;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.try_to_timestamp;
import static org.apache.spark.sql.functions.unix_micros;
import static org.apache.spark.sql.functions.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * Reads journeys into the shape of {@link Journeys}: ChannelAttribution's path format (one row per
 * path with its counts) or the long format (one touchpoint per row: {@code
 * journey_id,timestamp,channel[,converted,value]}), from CSV (plain or gzip, told by the name) or
 * Parquet (a {@code .parquet} file or a folder of them).
 *
 * <p>Bad rows (a path with no channel, a count that is not a number or is negative, a timestamp
 * that is neither a number nor a date) stop the read with the first few of them and their line
 * numbers, or are left out and counted when {@code skipBadRows} is set. Finding the line numbers
 * takes a second pass over the file, made only when there are bad rows to report.
 */
public final class JourneyReader {
  /** How many bad rows an error message lists; the rest are counted. */
  public static final int BAD_ROWS_SHOWN = 5;

  static final String LONG_JOURNEY = "journey_id";
  static final String LONG_TIMESTAMP = "timestamp";
  static final String LONG_CHANNEL = "channel";
  static final String LONG_CONVERTED = "converted";
  static final String LONG_VALUE = "value";

  private static final String BAD = "_bad";

  private final SparkSession spark;
  private final boolean skipBadRows;

  public JourneyReader(SparkSession spark, boolean skipBadRows) {
    this.spark = spark;
    this.skipBadRows = skipBadRows;
  }

  /** Whether a file's columns are those of the long format (it has journey_id and channel). */
  public boolean isLongFormat(String file) {
    List<String> names = Arrays.asList(raw(file).columns());
    return names.contains(LONG_JOURNEY) && names.contains(LONG_CHANNEL);
  }

  /** Journeys in ChannelAttribution's path format, one row per path. */
  public Journeys paths(String file, PathColumns columns) {
    Dataset<Row> raw = raw(file);
    List<String> names = Arrays.asList(raw.columns());
    require(file, names, columns.path(), "--path-column");
    require(file, names, columns.conversions(), "--conversions-column");
    Optional<String> value =
        optional(file, names, columns.value(), VALUE_DEFAULT, "--value-column");
    Optional<String> nulls = optional(file, names, columns.nulls(), NULLS_DEFAULT, "--null-column");

    Column path =
        filter(transform(split(col(q(columns.path())), ">"), t -> trim(t)), t -> t.notEqual(""));
    Column bad = emptyPath(path, columns.path());
    bad = coalesce(bad, countProblem(columns.conversions()));
    if (value.isPresent()) {
      bad = coalesce(bad, valueProblem(value.get()));
    }
    if (nulls.isPresent()) {
      bad = coalesce(bad, countProblem(nulls.get()));
    }
    Dataset<Row> read =
        raw.select(
            path.as(Journeys.PATH),
            number(columns.conversions()).as(Journeys.CONVERSIONS),
            (value.isPresent() ? money(value.get()) : lit(0.0)).as(Journeys.VALUE),
            (nulls.isPresent() ? number(nulls.get()) : lit(0.0)).as(Journeys.NULLS),
            monotonically_increasing_id().as(Journeys.SEEN),
            bad.as(BAD));
    return checked(file, read, value.isPresent());
  }

  /**
   * Journeys in the long format: the rows of a journey ordered by timestamp (a number, or a date
   * and time Spark can parse, such as ISO 8601), ties kept in file order. A journey converts once
   * when any of its rows has {@code converted} true or 1; its value is the sum of its rows' {@code
   * value}. Without a {@code converted} column every journey counts as one conversion (a file of
   * converting journeys only).
   */
  public Journeys touchpoints(String file) {
    Dataset<Row> raw = raw(file);
    List<String> names = Arrays.asList(raw.columns());
    for (String needed : List.of(LONG_JOURNEY, LONG_TIMESTAMP, LONG_CHANNEL)) {
      if (!names.contains(needed)) {
        throw new BadInputException(
            file
                + ": the long format needs the columns journey_id, timestamp and channel (and"
                + " optionally converted and value); this file has "
                + String.join(", ", names));
      }
    }
    boolean hasConverted = names.contains(LONG_CONVERTED);
    boolean hasValue = names.contains(LONG_VALUE);
    Column timestamp = trim(col(LONG_TIMESTAMP).cast(DataTypes.StringType));
    Column time =
        coalesce(
            timestamp.try_cast(DataTypes.DoubleType),
            unix_micros(try_to_timestamp(timestamp)).cast(DataTypes.DoubleType));
    Column converted = hasConverted ? flag(LONG_CONVERTED) : lit(1.0);
    Column channel = trim(col(LONG_CHANNEL).cast(DataTypes.StringType));
    Column journey = col(LONG_JOURNEY).cast(DataTypes.StringType);

    Column bad =
        when(journey.isNull().or(trim(journey).equalTo("")), lit("no journey_id"))
            .when(channel.isNull().or(channel.equalTo("")), lit("no channel"))
            .when(
                time.isNull(),
                concat(
                    lit("timestamp is neither a number nor a date: \""),
                    coalesce(timestamp, lit("")),
                    lit("\"")));
    if (hasConverted) {
      bad =
          coalesce(
              bad,
              when(
                  converted.isNull(),
                  concat(
                      lit("converted is not true, false or a number: \""),
                      coalesce(col(LONG_CONVERTED).cast(DataTypes.StringType), lit("")),
                      lit("\""))));
    }
    if (hasValue) {
      bad = coalesce(bad, valueProblem(LONG_VALUE));
    }
    Dataset<Row> rows =
        raw.select(
            journey.as(LONG_JOURNEY),
            time.as("time"),
            channel.as(LONG_CHANNEL),
            converted.as(LONG_CONVERTED),
            (hasValue ? money(LONG_VALUE) : lit(0.0)).as(LONG_VALUE),
            monotonically_increasing_id().as(Journeys.SEEN),
            bad.as(BAD));
    Checked good = keepGood(file, rows);
    Dataset<Row> grouped =
        good.rows()
            .groupBy(LONG_JOURNEY)
            .agg(
                sort_array(collect_list(struct(col("time"), col(Journeys.SEEN), col(LONG_CHANNEL))))
                    .as("touches"),
                max(LONG_CONVERTED).as("converted_any"),
                sum(LONG_VALUE).as(Journeys.VALUE),
                min(Journeys.SEEN).as(Journeys.SEEN));
    Column converts = when(col("converted_any").gt(0), lit(1.0)).otherwise(lit(0.0));
    Dataset<Row> journeys =
        grouped.select(
            col("touches." + LONG_CHANNEL).as(Journeys.PATH),
            converts.as(Journeys.CONVERSIONS),
            col(Journeys.VALUE),
            lit(1.0).minus(converts).as(Journeys.NULLS),
            col(Journeys.SEEN));
    return new Journeys(journeys, hasValue, good.badRows());
  }

  private Journeys checked(String file, Dataset<Row> read, boolean hasValue) {
    Checked good = keepGood(file, read);
    return new Journeys(good.rows(), hasValue, good.badRows());
  }

  /** The rows without a problem, and the count of the others. */
  private record Checked(Dataset<Row> rows, BadRows badRows) {}

  /**
   * The rows without a problem, the others counted as the job reads them: one pass over the input,
   * not a checking pass before the job.
   */
  private Checked keepGood(String file, Dataset<Row> rows) {
    Observation observation = new Observation("bad rows");
    Dataset<Row> observed =
        rows.observe(
            observation,
            count(when(col(BAD).isNotNull(), lit(1))).as(BadRows.COUNT),
            new Column[0]);
    BadRows badRows = new BadRows(observation, skipBadRows, bad -> badRowsMessage(file, rows, bad));
    return new Checked(observed.filter(col(BAD).isNull()).drop(BAD), badRows);
  }

  private String badRowsMessage(String file, Dataset<Row> rows, long bad) {
    boolean oneCsv = isCsv(file) && Files.isRegularFile(Path.of(file));
    List<scala.Tuple2<Row, Long>> first =
        rows.select(BAD)
            .javaRDD()
            .zipWithIndex()
            .filter(t -> !t._1().isNullAt(0))
            .take(BAD_ROWS_SHOWN);
    StringBuilder out = new StringBuilder();
    out.append(file)
        .append(": ")
        .append(bad)
        .append(bad == 1 ? " bad row" : " bad rows")
        .append(" (fix them, or pass --skip-bad-rows to leave them out and count them):");
    for (scala.Tuple2<Row, Long> t : first) {
      // Line 1 is the header; a row's index counts from 0.
      String where = oneCsv ? file + ":" + (t._2() + 2) : "row " + (t._2() + 1);
      out.append(System.lineSeparator()).append("  ").append(where).append(": ");
      out.append(t._1().getString(0));
    }
    if (bad > first.size()) {
      out.append(System.lineSeparator())
          .append("  and ")
          .append(bad - first.size())
          .append(" more");
    }
    return out.toString();
  }

  private Dataset<Row> raw(String file) {
    if (!Files.exists(Path.of(file)) && !file.contains("://")) {
      throw new NoSuchFileException(file);
    }
    if (isCsv(file)) {
      // Every column as text: numbers are checked here, so that a bad one is reported, not
      // silently read as null.
      return spark.read().option("header", "true").option("inferSchema", "false").csv(file);
    }
    return spark.read().parquet(file);
  }

  private static boolean isCsv(String file) {
    String name = file.toLowerCase(java.util.Locale.ROOT);
    return !(name.endsWith(".parquet") || name.endsWith(".parq") || isParquetFolder(file));
  }

  private static boolean isParquetFolder(String file) {
    Path p = Path.of(file);
    if (!Files.isDirectory(p)) {
      return false;
    }
    try (var files = Files.list(p)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static void require(String file, List<String> names, String column, String option) {
    if (!names.contains(column)) {
      throw new BadInputException(
          file
              + ": no column \""
              + column
              + "\" (its columns: "
              + String.join(", ", names)
              + "); name the right one with "
              + option);
    }
  }

  /** A column read when present under its default name, required when named otherwise. */
  private static Optional<String> optional(
      String file, List<String> names, Optional<String> column, String byDefault, String option) {
    if (column.isPresent() && !column.get().equals(byDefault)) {
      require(file, names, column.get(), option);
    }
    return column.filter(names::contains);
  }

  /** A column name as Spark reads it: backquoted, so that dots and spaces are kept. */
  private static String q(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  private static Column text(String name) {
    return trim(col(q(name)).cast(DataTypes.StringType));
  }

  private static Column number(String name) {
    return text(name).try_cast(DataTypes.DoubleType);
  }

  /** The problem with a count column's cell (not a number, infinite, negative), else null. */
  private static Column countProblem(String name) {
    Column n = number(name);
    return when(
            n.isNull().or(isnan(n)).or(n.equalTo(Double.POSITIVE_INFINITY)),
            concat(lit(name + " is not a number: \""), coalesce(text(name), lit("")), lit("\"")))
        .when(n.lt(0), concat(lit(name + " is negative: "), text(name)));
  }

  /**
   * The problem with a value cell: as for a count (a value may not be negative either), except that
   * an empty cell is a value of 0 — a row that did not convert carries none.
   */
  private static Column valueProblem(String name) {
    return when(empty(name), lit(null).cast(DataTypes.StringType)).otherwise(countProblem(name));
  }

  private static Column empty(String name) {
    return text(name).isNull().or(text(name).equalTo(""));
  }

  /** A value cell as a number: empty is 0. */
  private static Column money(String name) {
    return when(empty(name), lit(0.0)).otherwise(number(name));
  }

  private static Column emptyPath(Column path, String name) {
    return when(coalesce(size(path), lit(0)).leq(0), lit(name + " has no channel"));
  }

  /** converted as 1 or 0: true/false, yes/no, or a number; null when it is none of them. */
  private static Column flag(String name) {
    Column t = lower(text(name));
    return when(t.isin("true", "yes", "y", "t"), lit(1.0))
        .when(t.isin("false", "no", "n", "f", ""), lit(0.0))
        .otherwise(t.try_cast(DataTypes.DoubleType));
  }

  /** The input file or folder does not exist. */
  public static final class NoSuchFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoSuchFileException(String file) {
      super(file);
    }
  }
}
