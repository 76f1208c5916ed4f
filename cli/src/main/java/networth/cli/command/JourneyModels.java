package networth.cli.command;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import networth.journeys.PathTable;
import networth.journeys.attribution.ChannelCredits;
import networth.journeys.attribution.Heuristics;
import networth.journeys.attribution.PositionBased;
import networth.journeys.attribution.TimeDecay;

/**
 * The models {@code networth journeys --model} knows, in the order {@code all} shows them. Each
 * gives named columns over the channels; adding one is one line in {@link #ALL}.
 */
final class JourneyModels {

  /** What a model is computed from: the journeys grouped by path, and what the options set. */
  record Inputs(PathTable table, Optional<TimeDecay> timeDecay, PositionBased.Weights weights) {}

  /** What a model needs beyond the paths. */
  enum Needs {
    /** The paths and their totals: either input format. */
    PATHS,
    /** Each touch's time: only the long format has it. */
    TIMES
  }

  /**
   * One model.
   *
   * @param name its {@code --model} name
   * @param needs what it reads
   * @param compute its columns, or empty while it is not available yet
   */
  record Model(String name, Needs needs, Optional<Function<Inputs, ChannelCredits>> compute) {
    static Model of(String name, Needs needs, Function<Inputs, ChannelCredits> compute) {
      return new Model(name, needs, Optional.of(compute));
    }

    static Model notYet(String name) {
      return new Model(name, Needs.PATHS, Optional.empty());
    }
  }

  static final List<Model> ALL =
      List.of(
          Model.of("heuristics", Needs.PATHS, in -> Heuristics.of(in.table())),
          Model.of("position", Needs.PATHS, in -> PositionBased.of(in.table(), in.weights())),
          Model.of(
              "time-decay",
              Needs.TIMES,
              in -> in.timeDecay().orElseThrow().credits(in.table().channels())),
          Model.notYet("markov"),
          Model.notYet("shapley"));

  /** Every name {@code --model} takes. */
  static String names() {
    return String.join(", ", ALL.stream().map(Model::name).toList()) + " or all";
  }

  private JourneyModels() {}

  /** The model called {@code name}; a clear message when none is. */
  static Model named(String name) {
    for (Model m : ALL) {
      if (m.name().equals(name)) {
        return m;
      }
    }
    throw new BadArgumentException(
        "no model " + name + ": --model takes " + names() + " (see docs/journeys.md)");
  }
}
