package networth.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import networth.journeys.markov.Transition;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The counting half of the Markov model as a Spark job: every path is expanded into its steps by a
 * {@link PathSteps} rule on the executors, the steps are summed by {@code (from, to)}, and the sums
 * — a few per pair of states, however many journeys there were — are collected to the driver for
 * the single-machine solver. Cost: one pass over the paths and one shuffle of partial sums.
 */
public final class TransitionCountJob {
  private static final StructType STEP =
      new StructType()
          .add("from", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add("to", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add("journeys", DataTypes.DoubleType, false)
          .add("value", DataTypes.DoubleType, false)
          .add("seen", DataTypes.LongType, false)
          .add("step", DataTypes.IntegerType, false);

  /** States compared channel by channel, then the shorter first, as Spark orders arrays. */
  private static final Comparator<List<String>> STATES =
      (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
          int c = a.get(i).compareTo(b.get(i));
          if (c != 0) {
            return c;
          }
        }
        return Integer.compare(a.size(), b.size());
      };

  private TransitionCountJob() {}

  /**
   * The summed steps, and the channels in the order the file first names them (as one machine
   * numbers them, so that both print their tables in the same order).
   */
  public record Counted(List<Transition> steps, List<String> channels) {}

  /** The summed steps, ordered by (from, to) so that a run gives the same list every time. */
  public static List<Transition> run(Journeys journeys, PathSteps steps) {
    return count(journeys, steps).steps();
  }

  /**
   * The summed steps with the channels' first-met order, found in the same pass: each sum keeps the
   * earliest (row, step) that made it, and a channel is first met in the earliest step that enters
   * a state holding it, because a path's states hold its channels in the path's order.
   */
  public static Counted count(Journeys journeys, PathSteps steps) {
    Dataset<Row> expanded =
        journeys
            .frame()
            .select(
                col(Journeys.PATH),
                col(Journeys.CONVERSIONS),
                col(Journeys.VALUE),
                col(Journeys.NULLS),
                col(Journeys.SEEN))
            .flatMap(expand(steps), Encoders.row(STEP));
    Dataset<Row> summed =
        expanded
            .groupBy("from", "to")
            .agg(
                sum("journeys").as("journeys"),
                sum("value").as("value"),
                min(struct(col("seen"), col("step"))).as("first"));
    List<Transition> out = new ArrayList<>();
    List<Row> rows = new ArrayList<>(summed.collectAsList());
    for (Row r : rows) {
      out.add(new Transition(r.getList(0), r.getList(1), r.getDouble(2), r.getDouble(3)));
    }
    journeys.badRows().check();
    rows.sort(
        Comparator.comparing((Row r) -> r.getStruct(4).getLong(0))
            .thenComparing(r -> r.getStruct(4).getInt(1)));
    java.util.LinkedHashSet<String> channels = new java.util.LinkedHashSet<>();
    for (Row r : rows) {
      List<String> to = r.getList(1);
      if (!to.equals(Transition.CONVERSION) && !to.equals(Transition.NULL)) {
        channels.addAll(to);
      }
    }
    out.sort(
        Comparator.comparing((Transition t) -> t.from(), STATES)
            .thenComparing(t -> t.to(), STATES));
    return new Counted(List.copyOf(out), List.copyOf(channels));
  }

  private static FlatMapFunction<Row, Row> expand(PathSteps steps) {
    return row -> {
      List<String> path = row.getList(0);
      List<Transition> made = steps.of(path, row.getDouble(1), row.getDouble(2), row.getDouble(3));
      long seen = row.getLong(4);
      List<Row> out = new ArrayList<>(made.size());
      for (int i = 0; i < made.size(); i++) {
        Transition t = made.get(i);
        out.add(RowFactory.create(seq(t.from()), seq(t.to()), t.journeys(), t.value(), seen, i));
      }
      Iterator<Row> it = out.iterator();
      return it;
    };
  }

  /** A row encoder reads an array column from a Scala sequence, not a Java list. */
  private static scala.collection.immutable.Seq<String> seq(List<String> list) {
    return CollectionConverters.asScala(list).toSeq();
  }
}
