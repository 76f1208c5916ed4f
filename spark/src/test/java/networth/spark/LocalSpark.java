package networth.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The tests' Spark: two local cores on the loopback, no UI; one session per test class. And the
 * literature's small example as a paths file, which several tests work by hand.
 */
final class LocalSpark {
  private LocalSpark() {}

  static SparkSession start() {
    SparkSession spark = Sessions.local(Sessions.LOCAL_MASTER_DEFAULT);
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }

  /** The literature's small example (A>B>A>B>B>A, A>B>B>A>A, A>A) as {@code dir/small.csv}. */
  static Path smallExample(Path dir) throws IOException {
    return Files.writeString(
        dir.resolve("small.csv"),
        """
        path,total_conversions,total_conversion_value,total_null
        A > B > A > B > B > A,1,10,0
        A > B > B > A > A,1,20,0
        A > A,1,30,0
        """);
  }
}
