package networth.spark;

import java.io.PrintStream;
import java.util.List;
import networth.journeys.markov.MarkovChain;
import networth.journeys.markov.MarkovCounting;
import networth.journeys.markov.MarkovModel;
import networth.journeys.markov.Transition;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark entry point: {@code spark-submit --class networth.spark.SparkJourneys
 * networth-spark.jar FILE [options]} reads the journeys on the cluster, runs the heuristics or
 * counts the Markov chain's transitions there, and prints the result on the driver. Exit codes as
 * the networth command's: 0 done, 1 bad input, 2 a mistake on the command line, 3 no such file.
 */
public final class SparkJourneys {
  public static final int OK = 0;
  public static final int INPUT_PROBLEMS = 1;
  public static final int USAGE = 2;
  public static final int IO = 3;

  private SparkJourneys() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs with {@code args}, printing the result to {@code out} and problems to {@code err}, and
   * returns the exit code. A Spark session already running in this JVM is used and left running;
   * one started here is stopped before returning.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    SparkOptions options;
    try {
      options = SparkOptions.parse(args);
    } catch (SparkOptions.HelpRequested help) {
      out.println(SparkOptions.USAGE);
      return OK;
    } catch (SparkOptions.UsageException e) {
      err.println("networth-spark: " + e.getMessage());
      err.println(SparkOptions.USAGE);
      return USAGE;
    }
    boolean running =
        SparkSession.getActiveSession().isDefined() || SparkSession.getDefaultSession().isDefined();
    SparkSession spark = running ? SparkSession.active() : session(options);
    try {
      return compute(spark, options, out, err);
    } catch (JourneyReader.NoSuchFileException e) {
      err.println("networth-spark: no such file: " + e.getMessage());
      return IO;
    } catch (BadInputException e) {
      err.println("networth-spark: " + e.getMessage());
      return INPUT_PROBLEMS;
    } finally {
      if (!running) {
        spark.stop();
      }
    }
  }

  /**
   * The chain's steps counted on the cluster by the one counting rule the single-machine model
   * uses, so that both count the same chain.
   */
  static List<Transition> steps(Journeys journeys, int order) {
    return counted(journeys, order).steps();
  }

  /** The same, with the channels in the order the file first names them. */
  static TransitionCountJob.Counted counted(Journeys journeys, int order) {
    return TransitionCountJob.count(
        journeys,
        (path, conversions, value, nulls) ->
            MarkovCounting.transitions(path, conversions, value, nulls, order));
  }

  private static SparkSession session(SparkOptions options) {
    if (options.master().isPresent()) {
      String master = options.master().get();
      return master.startsWith("local") ? Sessions.local(master) : Sessions.on(master);
    }
    // Under spark-submit the master is set (spark.master); run by hand, this machine's cores.
    if (System.getProperty("spark.master") != null) {
      return Sessions.submitted();
    }
    return Sessions.local("local[*]");
  }

  private static int compute(
      SparkSession spark, SparkOptions options, PrintStream out, PrintStream err) {
    JourneyReader reader = new JourneyReader(spark, options.skipBadRows());
    boolean touchpoints =
        switch (options.input()) {
          case LONG -> true;
          case PATH -> false;
          case AUTO -> reader.isLongFormat(options.file());
        };
    Journeys journeys =
        touchpoints
            ? reader.touchpoints(options.file())
            : reader.paths(options.file(), options.columns());
    switch (options.model()) {
      case HEURISTICS ->
          JourneyTables.heuristics(
              HeuristicsJob.run(journeys), journeys.hasValue(), options.format(), out);
      case MARKOV -> {
        TransitionCountJob.Counted counted = counted(journeys, options.order());
        JourneyTables.markov(
            MarkovModel.exact(MarkovChain.of(options.order(), counted.channels(), counted.steps())),
            options.format(),
            out);
      }
      case TRANSITIONS ->
          JourneyTables.transitions(steps(journeys, options.order()), options.format(), out);
    }
    long skipped = journeys.badRows().count();
    if (skipped > 0) {
      err.println(
          "networth-spark: "
              + options.file()
              + ": "
              + skipped
              + (skipped == 1 ? " bad row" : " bad rows")
              + " skipped");
    }
    return OK;
  }
}
