package networth.cli;

/**
 * Stands in for the Spark module's jar in {@link JourneysOnSparkTest}: prints the arguments it was
 * started with, one a line, and the JVM option the jar's manifest asked for, then exits with the
 * code its last argument names (as the real jar exits 1 on a bad row).
 */
public final class SparkStandIn {
  private SparkStandIn() {}

  public static void main(String[] args) {
    System.out.println("option=" + System.getProperty("networth.standin"));
    System.out.println("local ip=" + System.getenv("SPARK_LOCAL_IP"));
    for (String a : args) {
      System.out.println(a);
    }
    System.err.println("a line on standard error: é");
    System.exit(args[0].endsWith("bad.csv") ? 1 : 0);
  }
}
