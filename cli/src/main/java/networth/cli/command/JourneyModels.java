package networth.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import networth.journeys.PathTable;
import networth.journeys.attribution.ChannelCredits;
import networth.journeys.attribution.Heuristics;
import networth.journeys.attribution.ModelCredits;
import networth.journeys.attribution.PositionBased;
import networth.journeys.attribution.TimeDecay;
import networth.journeys.markov.MarkovModel;
import networth.journeys.markov.MarkovResult;
import networth.journeys.markov.MarkovSimulation;
import networth.journeys.markov.OrderChoice;
import networth.journeys.markov.OrderScore;
import networth.journeys.shapley.ShapleyValues;

/**
 * The models {@code networth journeys --model} knows, in the order {@code all} shows them. Each
 * gives named columns over the channels; adding one is one line in {@link #ALL}.
 */
final class JourneyModels {

  /** What a model is computed from: the journeys grouped by path, and what the options set. */
  record Inputs(
      PathTable table,
      Optional<TimeDecay> timeDecay,
      PositionBased.Weights weights,
      Markov markov,
      Shapley shapley) {}

  /**
   * How the Markov model is computed.
   *
   * @param order the chain's order (already chosen when {@code --order auto})
   * @param walks 0 to solve the chain exactly, else how many random walks to simulate
   * @param seed the simulation's seed
   * @param removalEffects whether to show each channel's removal effects beside its credit
   */
  record Markov(int order, long walks, long seed, boolean removalEffects) {
    /** The chain of these journeys, solved exactly or simulated as asked. */
    MarkovResult solve(PathTable table) {
      return walks > 0
          ? MarkovSimulation.simulate(table, order, walks, seed)
          : MarkovModel.exact(table, order);
    }
  }

  /** How Shapley values beyond the exact limit are sampled: how many orders, from what seed. */
  record Shapley(long permutations, long seed) {}

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
   * @param compute its columns
   */
  record Model(String name, Needs needs, Function<Inputs, ChannelCredits> compute) {
    static Model of(String name, Needs needs, Function<Inputs, ChannelCredits> compute) {
      return new Model(name, needs, compute);
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
          Model.of("markov", Needs.PATHS, JourneyModels::markov),
          Model.of(
              "shapley",
              Needs.PATHS,
              in ->
                  ModelCredits.shapley(
                      in.table().channels(),
                      ShapleyValues.of(
                          in.table(), in.shapley().permutations(), in.shapley().seed()))));

  private static ChannelCredits markov(Inputs in) {
    Markov m = in.markov();
    return ModelCredits.markov(in.table().channels(), m.solve(in.table()), m.removalEffects());
  }

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

  /** Columns named {@code total_…} or {@code removal_…} renamed {@code MODEL_…}. */
  static ChannelCredits named(String model, ChannelCredits c) {
    List<ChannelCredits.Column> columns = new ArrayList<>();
    for (ChannelCredits.Column col : c.columns()) {
      boolean generic = col.name().startsWith("total_") || col.name().startsWith("removal_");
      columns.add(
          generic
              ? new ChannelCredits.Column(model.replace('-', '_') + "_" + col.name(), col.values())
              : col);
    }
    return new ChannelCredits(c.channels(), columns);
  }

  /** What --order auto chose, and every order's AUC, for a person. */
  static String orderChosen(OrderChoice choice, int maxOrder) {
    StringBuilder s =
        new StringBuilder("Markov order ")
            .append(choice.suggestedOrder())
            .append(", chosen by penalised ROC AUC over orders 1 to ")
            .append(maxOrder)
            .append(" (");
    List<String> scores = new ArrayList<>();
    for (OrderScore o : choice.scores()) {
      scores.add(
          String.format(
              java.util.Locale.ROOT,
              "order %d: AUC %.4f, penalised %.4f",
              o.order(),
              o.auc(),
              o.pauc()));
    }
    s.append(String.join("; ", scores)).append(')');
    if (choice.atMaximum(maxOrder)) {
      s.append("; the highest order tried: a higher --max-order may do better");
    }
    return s.append('.').toString();
  }
}
