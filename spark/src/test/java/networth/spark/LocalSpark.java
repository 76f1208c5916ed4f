package networth.spark;

import org.apache.spark.sql.SparkSession;

/** The tests' Spark: two local cores on the loopback, no UI; one session per test class. */
final class LocalSpark {
  private LocalSpark() {}

  static SparkSession start() {
    SparkSession spark = Sessions.local(Sessions.LOCAL_MASTER_DEFAULT);
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
