package networth.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * First, last and linear touch as one Spark aggregation, with ChannelAttribution's semantics
 * ({@code heuristic_models}): the first channel of a path takes all its conversions and value under
 * first touch, the last under last touch, and under linear touch every touch takes an equal share,
 * a channel met twice taking two. Channels are listed in the order they were first met in the
 * input, as ChannelAttribution lists them.
 *
 * <p>Each path is exploded into its touches once; the touches are summed by channel. Cost: one pass
 * over the touches, and a shuffle of one partial sum per channel and partition.
 */
public final class HeuristicsJob {
  private HeuristicsJob() {}

  public static List<HeuristicCredit> run(Journeys journeys) {
    Dataset<Row> touches =
        journeys
            .frame()
            .select(
                posexplode(col(Journeys.PATH)).as(new String[] {"pos", "channel"}),
                size(col(Journeys.PATH)).as("n"),
                col(Journeys.CONVERSIONS),
                col(Journeys.VALUE),
                col(Journeys.SEEN));
    Column first = col("pos").equalTo(0);
    Column last = col("pos").equalTo(col("n").minus(1));
    Dataset<Row> credit =
        touches
            .groupBy("channel")
            .agg(
                sum(when(first, col(Journeys.CONVERSIONS)).otherwise(lit(0.0))).as("fc"),
                sum(when(first, col(Journeys.VALUE)).otherwise(lit(0.0))).as("fv"),
                sum(when(last, col(Journeys.CONVERSIONS)).otherwise(lit(0.0))).as("lc"),
                sum(when(last, col(Journeys.VALUE)).otherwise(lit(0.0))).as("lv"),
                sum(col(Journeys.CONVERSIONS).divide(col("n"))).as("nc"),
                sum(col(Journeys.VALUE).divide(col("n"))).as("nv"),
                min(struct(col(Journeys.SEEN), col("pos"))).as("met"));
    List<Row> rows = new ArrayList<>(credit.collectAsList());
    journeys.badRows().check();
    // A channel per row: few enough to order on the driver, sparing the cluster a sort job.
    rows.sort(
        Comparator.comparing((Row r) -> r.getStruct(7).getLong(0))
            .thenComparing(r -> r.getStruct(7).getInt(1)));
    List<HeuristicCredit> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(
          new HeuristicCredit(
              r.getString(0),
              r.getDouble(1),
              r.getDouble(2),
              r.getDouble(3),
              r.getDouble(4),
              r.getDouble(5),
              r.getDouble(6)));
    }
    return List.copyOf(out);
  }
}
