package networth.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import networth.cli.ExitCodes;
import networth.cli.output.JourneysView;
import networth.journeys.attribution.ChannelCredits;
import networth.journeys.attribution.PositionBased;
import networth.journeys.attribution.TimeDecay;
import networth.journeys.markov.MarkovResult;
import networth.journeys.markov.OrderChoice;
import networth.journeys.markov.OrderSelection;
import networth.journeys.read.BadRows;
import networth.journeys.read.JourneyInputException;
import networth.journeys.read.LongColumns;
import networth.journeys.read.LongFormatReader;
import networth.journeys.read.PathColumns;
import networth.journeys.shapley.ShapleyValues;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code networth journeys FILE --model M}: credit per channel from customer journeys. */
@Command(
    name = "journeys",
    mixinStandardHelpOptions = true,
    header = "Credit per channel from customer journeys, as ChannelAttribution computes it.",
    description = {
      "Reads customer journeys and credits each channel with conversions and their value.",
      "FILE (plain or gzip; - for standard input) is either ChannelAttribution's path format",
      "(path,total_conversions[,total_conversion_value,total_null], paths as a > b > c) or one",
      "touchpoint a row (journey_id,timestamp,channel[,converted,value]); its header tells which.",
      "Models:",
      "  heuristics  first, last and linear touch (repeated channels count each time)",
      "  position    40%% to the first touch, 40%% to the last, 20%% shared by those between",
      "  time-decay  weight 2^(-days before the conversion / half-life); one touchpoint a row only",
      "  markov      a Markov chain of the journeys' channels (--order K, or auto), solved exactly;",
      "              each channel's credit is its share of the removal effects",
      "  shapley     Shapley values: a set of channels is worth the conversions of the journeys",
      "              that touched only channels of it (exact up to 20 channels, sampled beyond)",
      "Details, formats and worked examples: docs/journeys.md."
    },
    footer = {
      "%nExamples:",
      "  networth journeys paths.csv",
      "  networth journeys paths.csv.gz --model all --format csv",
      "  zcat touches.csv.gz | networth journeys - --model time-decay --half-life 14"
    })
public final class JourneysCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..1",
      description = "The journeys: a CSV file, plain or gzip; - for standard input.")
  String file;

  @Option(
      names = "--from-map",
      paramLabel = "MAP",
      description =
          "Instead of FILE: a network map's routes as journeys, each route from an origin to an"
              + " opportunity a path (a client converts, shared among its routes).")
  Path fromMap;

  @Option(
      names = "--max-routes",
      defaultValue = "1000",
      paramLabel = "N",
      description =
          "With --from-map: at most this many routes an opportunity, the shortest"
              + " (default: ${DEFAULT-VALUE}).")
  int maxRoutes;

  @Option(
      names = "--model",
      defaultValue = "heuristics",
      paramLabel = "MODEL",
      description = "heuristics (default), position, time-decay, markov, shapley, or all.")
  String model;

  @Option(
      names = "--format",
      defaultValue = "table",
      paramLabel = "FORMAT",
      description = "table (default), json or csv.")
  JourneysView.Format format;

  @Option(
      names = "--skip-bad-rows",
      description =
          "Leave bad rows out and go on; standard error says how many, and the first few.")
  boolean skipBadRows;

  @Option(
      names = "--progress",
      description =
          "Report progress on standard error every few seconds (the default at a terminal).")
  boolean progress;

  @Option(
      names = "--sorted",
      description =
          "One touchpoint a row: each journey's rows are next to each other, so journeys are"
              + " streamed one at a time instead of grouped in memory.")
  boolean sorted;

  @Option(
      names = "--half-life",
      defaultValue = "" + TimeDecay.HALF_LIFE_DAYS_DEFAULT,
      paramLabel = "DAYS",
      description = "Time decay's half-life in days (default: 7).")
  double halfLife;

  @Option(
      names = "--position-weights",
      defaultValue = "40,20,40",
      paramLabel = "F,M,L",
      description =
          "Position-based shares in percent of the first touch, those between and the last"
              + " (default: ${DEFAULT-VALUE}).")
  String positionWeights;

  @Option(
      names = "--engine",
      defaultValue = "local",
      paramLabel = "ENGINE",
      description =
          "local (default: this process) or spark: the journeys read and counted as Apache Spark"
              + " jobs by the Spark module's jar (heuristics and markov; docs/spark.md).")
  String engine;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "With --engine spark: Spark's master, e.g. local[2] or spark://host:7077 (default:"
              + " local[*]).")
  String master;

  @Option(
      names = "--spark-jar",
      paramLabel = "JAR",
      description =
          "With --engine spark: the Spark module's jar (default: NETWORTH_SPARK_JAR, else"
              + " spark/target/networth-spark.jar beside this build).")
  Path sparkJar;

  @Option(
      names = "--order",
      defaultValue = "1",
      paramLabel = "K",
      description =
          "The Markov chain's order: 1 (default), 2, … or auto, chosen by penalised ROC AUC as"
              + " ChannelAttribution's choose_order does.")
  String order;

  @Option(
      names = "--max-order",
      defaultValue = "" + OrderSelection.MAX_ORDER_DEFAULT,
      paramLabel = "K",
      description = "With --order auto, the highest order tried (default: ${DEFAULT-VALUE}).")
  int maxOrder;

  @Option(
      names = "--simulate",
      defaultValue = "0",
      paramLabel = "WALKS",
      description =
          "Estimate the Markov model from this many random walks (ChannelAttribution's"
              + " procedure) instead of solving the chain exactly.")
  long walks;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "N",
      description = "The seed of --simulate and of sampled Shapley values (default: 1).")
  long seed;

  @Option(
      names = "--removal-effects",
      description = "Show each channel's Markov removal effects beside its credit.")
  boolean removalEffects;

  @Option(
      names = "--transition-matrix",
      description =
          "With --model markov: print the chain's transition matrix (channel_from, channel_to,"
              + " transition_probability) instead of the credit.")
  boolean transitionMatrix;

  @Option(
      names = "--permutations",
      defaultValue = "" + ShapleyValues.PERMUTATIONS_DEFAULT,
      paramLabel = "N",
      description =
          "Shapley values over more than 20 channels: how many random orders to sample"
              + " (default: ${DEFAULT-VALUE}).")
  long permutations;

  @Option(
      names = "--path-column",
      defaultValue = PathColumns.PATH_DEFAULT,
      paramLabel = "NAME",
      description = "The column of paths (default: ${DEFAULT-VALUE}).")
  String pathColumn;

  @Option(
      names = "--conversions-column",
      defaultValue = PathColumns.CONVERSIONS_DEFAULT,
      paramLabel = "NAME",
      description = "The column of conversions (default: ${DEFAULT-VALUE}).")
  String conversionsColumn;

  @Option(
      names = "--value-column",
      paramLabel = "NAME",
      description =
          "The column of conversion value (default: total_conversion_value, or value one"
              + " touchpoint a row; read when there).")
  String valueColumn;

  @Option(
      names = "--nulls-column",
      paramLabel = "NAME",
      description =
          "The column of journeys without conversion (default: total_null, read when there).")
  String nullsColumn;

  @Option(
      names = "--journey-column",
      defaultValue = LongColumns.JOURNEY_DEFAULT,
      paramLabel = "NAME",
      description = "One touchpoint a row: the column of journey ids (default: ${DEFAULT-VALUE}).")
  String journeyColumn;

  @Option(
      names = "--timestamp-column",
      defaultValue = LongColumns.TIMESTAMP_DEFAULT,
      paramLabel = "NAME",
      description = "The column of times (default: ${DEFAULT-VALUE}).")
  String timestampColumn;

  @Option(
      names = "--channel-column",
      defaultValue = LongColumns.CHANNEL_DEFAULT,
      paramLabel = "NAME",
      description = "The column of channels (default: ${DEFAULT-VALUE}).")
  String channelColumn;

  @Option(
      names = "--converted-column",
      paramLabel = "NAME",
      description =
          "The column saying whether the journey converted (default: converted, read"
              + " when there; without it every journey converts).")
  String convertedColumn;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    List<JourneyModels.Model> models = models();
    PositionBased.Weights weights = weights();
    if (walks < 0) {
      throw new BadArgumentException("--simulate takes a number of walks, e.g. 100000 (0: exact)");
    }
    if (permutations < 1) {
      throw new BadArgumentException("--permutations takes a number of orders above 0, e.g. 10000");
    }
    if (maxOrder < 1) {
      throw new BadArgumentException("--max-order takes an order of 1 or more, e.g. 10");
    }
    if ((file == null) == (fromMap == null)) {
      throw new BadArgumentException(
          "give a journeys FILE, or --from-map MAP for a network map's routes (one of the two)");
    }
    if (maxRoutes < 1) {
      throw new BadArgumentException("--max-routes takes a number of routes above 0, e.g. 1000");
    }
    OptionalInt fixedOrder = order();
    if (fromMap != null && engine.equals("spark")) {
      throw new BadArgumentException("--from-map runs on one machine: leave out --engine spark");
    }
    if (transitionMatrix && !model.equals("markov")) {
      throw new BadArgumentException(
          "--transition-matrix is the Markov model's: add --model markov");
    }
    if (engine.equals("spark")) {
      return spark(fixedOrder);
    }
    if (!engine.equals("local")) {
      throw new BadArgumentException("--engine " + engine + ": give local or spark");
    }
    if (master != null || sparkJar != null) {
      throw new BadArgumentException(
          (master != null ? "--master" : "--spark-jar") + " is for --engine spark only");
    }
    if (!(halfLife > 0) || Double.isInfinite(halfLife)) {
      throw new BadArgumentException("--half-life is a number of days above 0, e.g. 7");
    }
    boolean timed = models.stream().anyMatch(m -> m.needs() == JourneyModels.Needs.TIMES);
    TimeDecay decay = new TimeDecay(halfLife);
    BadRows bad = skipBadRows ? BadRows.skip() : BadRows.stop();
    JourneysInput.Read read;
    List<String> mapRemarks = new ArrayList<>();
    if (fromMap != null) {
      networth.io.ReadResult map = MapInput.read(List.of(fromMap), err);
      if (map.hasErrors()) {
        err.flush();
        return ExitCodes.INPUT_PROBLEMS;
      }
      MapJourneys.Result routes = MapJourneys.of(map.map(), map.graph(), maxRoutes);
      mapRemarks.addAll(routes.remarks());
      read =
          new JourneysInput.Read(
              JourneysInput.Format.MAP,
              routes.table(),
              routes.routes(),
              routes.table().totalConversions() + routes.table().totalNulls());
    } else {
      try (ReadProgress shown = ReadProgress.of(err, progress || System.console() != null)) {
        read =
            JourneysInput.read(
                file,
                System.in,
                new PathColumns(
                    pathColumn,
                    conversionsColumn,
                    Optional.ofNullable(valueColumn),
                    Optional.ofNullable(nullsColumn)),
                new LongColumns(
                    journeyColumn,
                    timestampColumn,
                    channelColumn,
                    Optional.ofNullable(convertedColumn),
                    Optional.ofNullable(valueColumn)),
                sorted ? LongFormatReader.Order.GROUPED : LongFormatReader.Order.ANY,
                bad,
                shown,
                timed ? decay : JourneysInput.IGNORE);
      } catch (JourneyInputException e) {
        err.println("networth: " + e.getMessage());
        err.flush();
        return ExitCodes.INPUT_PROBLEMS;
      }
    }
    err.print(bad.summary());
    boolean hasTimes = read.format() == JourneysInput.Format.LONG;
    if (timed && !hasTimes && !model.equals("all")) {
      err.println(
          "networth: time decay needs each touch's time, which the path format does not have:"
              + " give the journeys one touchpoint a row (journey_id,timestamp,channel,…; see"
              + " docs/journeys.md)");
      err.flush();
      return ExitCodes.USAGE;
    }
    List<String> remarks = new ArrayList<>(mapRemarks);
    int chainOrder = fixedOrder.orElse(1);
    if (fixedOrder.isEmpty() && models.stream().anyMatch(m -> m.name().equals("markov"))) {
      OrderChoice choice = OrderSelection.choose(read.table(), maxOrder);
      chainOrder = choice.suggestedOrder();
      remarks.add(JourneyModels.orderChosen(choice, maxOrder));
    }
    if (transitionMatrix) {
      remarks.forEach(err::println);
      MarkovResult chain =
          new JourneyModels.Markov(chainOrder, walks, seed, removalEffects).solve(read.table());
      PrintWriter out = spec.commandLine().getOut();
      out.print(JourneysView.transitions(format, chain.transitionMatrix()));
      out.flush();
      err.flush();
      return ExitCodes.OK;
    }
    JourneyModels.Inputs inputs =
        new JourneyModels.Inputs(
            read.table(),
            hasTimes ? Optional.of(decay) : Optional.empty(),
            weights,
            new JourneyModels.Markov(chainOrder, walks, seed, removalEffects),
            new JourneyModels.Shapley(permutations, seed));
    ChannelCredits credits = new ChannelCredits(read.table().channels(), List.of());
    List<String> shownModels = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (JourneyModels.Model m : models) {
      if (m.needs() == JourneyModels.Needs.TIMES && !hasTimes) {
        notes.add(m.name() + ": needs one touchpoint a row (the path format has no times)");
      } else {
        ChannelCredits computed = m.compute().apply(inputs);
        // ChannelAttribution names the Markov model's columns total_…, as it does Shapley's:
        // side by side, each is named for its model.
        credits =
            credits.and(models.size() > 1 ? JourneyModels.named(m.name(), computed) : computed);
        shownModels.add(m.name());
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        JourneysView.render(
            format,
            new JourneysView.Summary(
                read.format().name().toLowerCase(java.util.Locale.ROOT),
                read.rows(),
                read.journeys(),
                bad.count(),
                read.table()),
            shownModels,
            credits,
            notes,
            remarks));
    out.flush();
    err.flush();
    return ExitCodes.OK;
  }

  /**
   * The journeys handed to the Spark module's jar with the options it shares with this command;
   * what it cannot do is refused here, before a cluster is asked for anything.
   */
  private int spark(OptionalInt fixedOrder) throws Exception {
    if (!model.equals("heuristics") && !model.equals("markov")) {
      throw new BadArgumentException(
          "--engine spark computes --model heuristics or markov (the others run on one machine)");
    }
    if (fixedOrder.isEmpty()) {
      throw new BadArgumentException("--engine spark takes a fixed --order K, not auto");
    }
    if (format == JourneysView.Format.JSON) {
      throw new BadArgumentException("--engine spark prints --format table or csv");
    }
    if (file.equals("-")) {
      throw new BadArgumentException(
          "--engine spark reads files Spark can reach, not standard input: give a file or folder");
    }
    List<String> args = new ArrayList<>(List.of(file, "--model", model));
    if (model.equals("markov")) {
      args.addAll(List.of("--order", Integer.toString(fixedOrder.getAsInt())));
    }
    args.addAll(List.of("--master", master == null ? "local[*]" : master));
    args.addAll(List.of("--path-column", pathColumn, "--conversions-column", conversionsColumn));
    if (valueColumn != null) {
      args.addAll(List.of("--value-column", valueColumn));
    }
    if (nullsColumn != null) {
      args.addAll(List.of("--null-column", nullsColumn));
    }
    if (skipBadRows) {
      args.add("--skip-bad-rows");
    }
    args.addAll(List.of("--format", format == JourneysView.Format.CSV ? "csv" : "table"));
    return SparkEngine.run(
        SparkEngine.jar(Optional.ofNullable(sparkJar)),
        args,
        spec.commandLine().getOut(),
        spec.commandLine().getErr());
  }

  /** --order as a number, or empty for auto; refused otherwise. */
  private OptionalInt order() {
    if (order.equals("auto")) {
      return OptionalInt.empty();
    }
    try {
      int k = Integer.parseInt(order.strip());
      if (k >= 1) {
        return OptionalInt.of(k);
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new BadArgumentException(
        "--order " + order + ": give the Markov chain's order, 1 or more (e.g. 2), or auto");
  }

  private List<JourneyModels.Model> models() {
    if (model.equals("all")) {
      return JourneyModels.ALL;
    }
    return List.of(JourneyModels.named(model));
  }

  private PositionBased.Weights weights() {
    String[] parts = positionWeights.split(",");
    try {
      if (parts.length != 3) {
        throw new IllegalArgumentException("three numbers");
      }
      return PositionBased.Weights.percent(
          Double.parseDouble(parts[0].strip()),
          Double.parseDouble(parts[1].strip()),
          Double.parseDouble(parts[2].strip()));
    } catch (IllegalArgumentException e) {
      throw new BadArgumentException(
          "--position-weights "
              + positionWeights
              + ": give three percentages for the first touch, those between and the last,"
              + " adding up to 100, e.g. 40,20,40");
    }
  }
}
