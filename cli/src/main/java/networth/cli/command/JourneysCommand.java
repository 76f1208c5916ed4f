package networth.cli.command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import networth.cli.ExitCodes;
import networth.cli.output.JourneysView;
import networth.journeys.attribution.ChannelCredits;
import networth.journeys.attribution.PositionBased;
import networth.journeys.attribution.TimeDecay;
import networth.journeys.read.BadRows;
import networth.journeys.read.JourneyInputException;
import networth.journeys.read.LongColumns;
import networth.journeys.read.LongFormatReader;
import networth.journeys.read.PathColumns;
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
      "  markov, shapley: not available yet",
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
      description = "The journeys: a CSV file, plain or gzip; - for standard input.")
  String file;

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
    if (!(halfLife > 0) || Double.isInfinite(halfLife)) {
      throw new BadArgumentException("--half-life is a number of days above 0, e.g. 7");
    }
    for (JourneyModels.Model m : models) {
      if (m.compute().isEmpty() && !model.equals("all")) {
        err.println(
            "networth: the "
                + m.name()
                + " model is not available yet: use --model heuristics, position or time-decay");
        err.flush();
        return ExitCodes.USAGE;
      }
    }
    boolean timed = models.stream().anyMatch(m -> m.needs() == JourneyModels.Needs.TIMES);
    TimeDecay decay = new TimeDecay(halfLife);
    BadRows bad = skipBadRows ? BadRows.skip() : BadRows.stop();
    JourneysInput.Read read;
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
    JourneyModels.Inputs inputs =
        new JourneyModels.Inputs(
            read.table(), hasTimes ? Optional.of(decay) : Optional.empty(), weights);
    ChannelCredits credits = new ChannelCredits(read.table().channels(), List.of());
    List<String> shownModels = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (JourneyModels.Model m : models) {
      if (m.compute().isEmpty()) {
        notes.add(m.name() + ": not available yet");
      } else if (m.needs() == JourneyModels.Needs.TIMES && !hasTimes) {
        notes.add(m.name() + ": needs one touchpoint a row (the path format has no times)");
      } else {
        credits = credits.and(m.compute().get().apply(inputs));
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
            notes));
    out.flush();
    err.flush();
    return ExitCodes.OK;
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
