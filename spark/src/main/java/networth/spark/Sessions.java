package networth.spark;

import org.apache.spark.sql.SparkSession;

/**
 * How networth starts Spark. On one machine ({@code local[N]}) the driver binds to the loopback
 * address and the web UI stays off: nothing listens beyond this machine. Under {@code spark-submit}
 * the master and the rest come from the cluster's configuration instead.
 */
public final class Sessions {
  /** What the tests and the benchmark run on: two cores, as the measurements in docs/spark.md. */
  public static final String LOCAL_MASTER_DEFAULT = "local[2]";

  private Sessions() {}

  /** A session on this machine only, with {@code master} such as {@code local[*]}. */
  public static SparkSession local(String master) {
    return SparkSession.builder()
        .appName("networth")
        .master(master)
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        // A few distinct channels and paths per shuffle: Spark's default of 200 partitions
        // would spend more time scheduling empty tasks than summing.
        .config("spark.sql.shuffle.partitions", "8")
        .getOrCreate();
  }

  /** A session on a cluster's master, such as {@code spark://host:7077}. */
  public static SparkSession on(String master) {
    return SparkSession.builder().appName("networth").master(master).getOrCreate();
  }

  /** A session on the master spark-submit or {@code spark.master} names. */
  public static SparkSession submitted() {
    return SparkSession.builder().appName("networth").getOrCreate();
  }
}
