package networth.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import java.util.Iterator;
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
                min(Journeys.SEEN).as(Journeys.SEEN))
            .orderBy(col(Journeys.SEEN));
    PathTable.Builder table = PathTable.builder();
    Iterator<Row> rows = grouped.toLocalIterator();
    while (rows.hasNext()) {
      Row r = rows.next();
      List<String> path = r.getList(0);
      table.add(path, r.getDouble(1), r.getDouble(2), r.getDouble(3));
    }
    return table.build();
  }
}
