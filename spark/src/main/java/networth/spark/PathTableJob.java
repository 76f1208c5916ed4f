package networth.spark;

import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import networth.journeys.PathTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Groups journeys by path on the cluster and brings the groups to the driver as a {@link
 * PathTable}, for the models that read the whole table on one machine. The table grows with the
 * distinct paths, not with the rows; paths arrive in the order they were first met, so channels are
 * numbered as a single-machine read would number them.
 */
public final class PathTableJob {
  private PathTableJob() {}

  public static PathTable run(Journeys journeys) {
    Dataset<Row> grouped =
        journeys
            .frame()
            .groupBy(Journeys.PATH)
            .agg(
                sum(Journeys.CONVERSIONS).as(Journeys.CONVERSIONS),
                sum(Journeys.VALUE).as(Journeys.VALUE),
                sum(Journeys.NULLS).as(Journeys.NULLS),
                min(Journeys.SEEN).as(Journeys.SEEN));
    List<Row> rows = new ArrayList<>(grouped.collectAsList());
    journeys.badRows().check();
    // The table is built on the driver anyway: the paths are ordered there too.
    rows.sort(Comparator.comparingLong(r -> r.getLong(4)));
    PathTable.Builder table = PathTable.builder();
    for (Row r : rows) {
      List<String> path = r.getList(0);
      table.add(path, r.getDouble(1), r.getDouble(2), r.getDouble(3));
    }
    return table.build();
  }
}
