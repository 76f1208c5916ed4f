package networth.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import networth.analysis.attribution.Breakdown.By;
import networth.analysis.attribution.Breakdown.Key;
import networth.analysis.attribution.Model;
import networth.analysis.attribution.ModelComparison;
import networth.analysis.attribution.Shapley;
import networth.cli.ExitCodes;
import networth.cli.Timings;
import networth.cli.output.Json;
import networth.cli.output.OutputFormat;
import networth.engine.AttributionAnswer;
import networth.engine.options.AttributeOptions;
import networth.model.Period;
import networth.render.text.Markup;
import networth.render.text.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code networth attribute MAP --model M}: credit for the opportunities, by node, kind or group.
 */
@Command(
    name = "attribute",
    mixinStandardHelpOptions = true,
    header = "Credit under the attribution models, by node, kind or group.",
    description = {
      "Credits nodes, kinds or groups with the value of the opportunities they led to, under the",
      "attribution models marketing analysts use. Each opportunity's weight is shared among its",
      "routes equally, then within a route:",
      "  first       all to the route's origin",
      "  last        all to the node linking straight to the opportunity",
      "  linear      equally among the route's nodes",
      "  position    40%% first, 40%% last, 20%% shared by the nodes between",
      "  time-decay  in proportion to 2^(-age/half-life), age measured from the opportunity's date",
      "              (else its routes' newest link date) to the link's, over all its routes; an",
      "              undated link counts as made then; with no dated link on its routes, as linear",
      "  markov      in proportion to removal effects: the share of routes that pass through a node",
      "  shapley     players (origins --by node, or as --players says; kinds --by kind; groups",
      "              --by group) get their average marginal worth, the worth of a coalition being",
      "              the value still reached from an origin when only its players are present;",
      "              exact when the players are origins (then each opportunity's weight goes in",
      "              equal parts to the players that reach it) or up to 20 players, sampled",
      "              beyond (with its standard error)",
      "Clients count at their value, prospects at value × probability, lost ones not at all."
    },
    footer = {
      "%nExamples:",
      "  networth attribute examples/power-of-the-network.netmap",
      "  networth attribute examples/power-of-the-network.netmap --model linear --by group",
      "  networth attribute examples/power-of-the-network.netmap --model shapley --format json",
      "  networth attribute examples/power-of-the-network.netmap --model shapley --players channels"
    })
public final class AttributeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin MapInput input;
  @Mixin PeriodOption period;
  @Mixin FormatOption output;

  @Option(
      names = "--model",
      defaultValue = "all",
      paramLabel = "MODEL",
      description =
          "first, last, linear, position, time-decay, shapley, markov, or all (default) to compare them.")
  String model;

  @Option(
      names = "--by",
      defaultValue = "node",
      paramLabel = "WHAT",
      description = "node (default), kind or group.")
  By by;

  @Option(
      names = "--half-life",
      defaultValue = "180",
      paramLabel = "DAYS",
      // One string: picocli wraps it to the terminal; lines of an array would each end early.
      description =
          "The half-life of time decay in days (default: ${DEFAULT-VALUE}, not Google Ads' 7 for"
              + " clicks: an introduction, a talk or a post keeps working for months, and"
              + " consulting and creative work sells over months, so a touch a year before the"
              + " deal counts a quarter of one made at it).")
  double halfLife;

  @Option(
      names = "--samples",
      defaultValue = "" + Shapley.SAMPLES_DEFAULT,
      paramLabel = "N",
      description =
          "How many random orders Shapley samples when it cannot be exact (default: ${DEFAULT-VALUE}).")
  int samples;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "N",
      description =
          "The seed of Shapley's sampling, for repeatable answers (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--players",
      paramLabel = "WHO",
      description =
          "Shapley's players by node: origins (default: every node nothing leads to that starts a"
              + " route), channels, costed (every node with a cost), or a comma list of node ids or"
              + " labels.")
  String players;

  @Option(
      names = "--for",
      paramLabel = "OPPORTUNITY",
      description = "Only this opportunity (by id or label).")
  String only;

  @Override
  public Integer call() throws Exception {
    List<Model> models = AttributeOptions.models(model);
    AttributeOptions options =
        new AttributeOptions(
            models,
            by,
            halfLife,
            samples,
            seed,
            Optional.ofNullable(players),
            Optional.ofNullable(only),
            Period.ALWAYS);
    return Analysis.with(
        input.files,
        period,
        output.format,
        spec,
        a -> {
          AttributeOptions asked = options.within(a.period.period());
          var out = spec.commandLine().getOut();
          if (output.format == OutputFormat.JSON) {
            Json.print(out, a.engine.attribute(asked));
          } else {
            AttributionAnswer.Compared c = a.engine.comparison(asked);
            String shown =
                Timings.phase(
                    "output",
                    () ->
                        render(a, c.comparison(), c.total(), AttributionAnswer.playersWord(asked)));
            out.print(shown);
          }
          out.flush();
          return ExitCodes.OK;
        });
  }

  private String render(Analysis a, ModelComparison comparison, double total, String playersWord) {
    Map<Model, Map<Key, Double>> columns = comparison.columns();
    List<Key> rows = comparison.rows();
    Set<String> unreached = comparison.unreached();
    Shapley.Result shapley = comparison.shapley().orElse(null);
    List<Model> shown = comparison.models();
    boolean single = shown.size() == 1;
    List<String> header = new ArrayList<>(List.of(by == By.NODE ? "NAME" : by.name()));
    shown.forEach(m -> header.add(">" + m.word().toUpperCase(java.util.Locale.ROOT)));
    if (single) {
      header.add(">SHARE");
    }
    TextTable t = new TextTable(header.toArray(String[]::new));
    for (Key k : rows) {
      String name = by == By.NODE ? a.label(a.index(k.id())) : k.label();
      List<String> cells = new ArrayList<>(List.of(name));
      for (Model m : shown) {
        Double c = columns.get(m).get(k);
        cells.add(c == null ? "" : a.money(Math.round(c * 100) / 100.0));
      }
      if (single) {
        double c = columns.get(shown.get(0)).getOrDefault(k, 0.0);
        cells.add(total == 0 ? "" : Math.round(c / total * 100) + "%");
      }
      t.row(cells.toArray(String[]::new));
    }
    if (output.format == OutputFormat.CSV) {
      return t.csv();
    }
    StringBuilder s = new StringBuilder();
    String title =
        (single ? capital(shown.get(0).word()) + " attribution" : "Attribution")
            + " by "
            + by.word()
            + (only == null ? "" : " for " + only)
            + ": "
            + a.money(total)
            + " to credit";
    s.append(
        output.format == OutputFormat.MD
            ? "# " + Markup.markdown(title) + "\n\n" + t.markdown()
            : title + "\n\n" + t.render());
    s.append('\n').append("Weights: ").append(Analysis.WEIGHT_BASIS).append(".\n");
    if (by == By.GROUP) {
      s.append("A node in several groups counts in each.\n");
    }
    if (shapley != null) {
      s.append("Shapley: ")
          .append(playersWord)
          .append(" as players, ")
          .append(
              shapley.exact()
                  ? "exact"
                  : "sampled over "
                      + shapley.samples()
                      + " orders (standard errors in --format json)")
          .append("; ")
          .append(a.money(shapley.withoutPlayers()))
          .append(" is reached without any of them.\n");
    }
    if (!comparison.linearFallback().isEmpty()) {
      s.append(Analysis.linearFallback(comparison.linearFallback())).append('\n');
    }
    if (!unreached.isEmpty()) {
      s.append("Not credited (nothing leads to them): ")
          .append(String.join(", ", unreached.stream().map(id -> a.label(a.index(id))).toList()))
          .append(".\n");
    }
    return s.toString();
  }

  private static String capital(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }
}
