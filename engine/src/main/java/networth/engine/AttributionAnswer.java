package networth.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import networth.analysis.attribution.Attribution;
import networth.analysis.attribution.Breakdown;
import networth.analysis.attribution.Breakdown.By;
import networth.analysis.attribution.Breakdown.Key;
import networth.analysis.attribution.Model;
import networth.analysis.attribution.ModelComparison;
import networth.analysis.attribution.ModelComparison.Phases;
import networth.analysis.attribution.Player;
import networth.engine.options.AttributeOptions;
import networth.engine.result.AttributionResult;
import networth.engine.result.AttributionResult.Credit;
import networth.text.MapWords;

/** {@code attribute}'s answer: credit under the models asked for, by node, kind or group. */
public final class AttributionAnswer {

  private AttributionAnswer() {}

  /**
   * The models compared as asked, before they are rounded into a result (the text views show them
   * their own way).
   *
   * @param comparison the credit under each model
   * @param total the value to credit: every counted opportunity's, or the one asked for
   */
  public record Compared(ModelComparison comparison, double total) {}

  static Compared compare(Within w, AttributeOptions o, Phases phases) {
    Attribution attribution = new Attribution(w.graph());
    boolean[] selected = attribution.allOpportunities();
    double total = w.graph().totalWeight();
    if (o.only().isPresent()) {
      w.notLeftOut("--for", o.only().get());
      int t = w.index(NodeRefs.opportunity(w.map(), o.only().get()).id());
      selected = attribution.only(t);
      total = w.graph().weight(t);
    }
    List<Player> playing =
        o.by() == By.NODE ? nodePlayers(w, o) : Breakdown.players(w.map(), w.graph(), o.by());
    if (o.single() && o.models().get(0) == Model.SHAPLEY && playing.isEmpty()) {
      throw new BadOptionException("Shapley needs players, and the map has no " + playersWord(o));
    }
    ModelComparison comparison =
        ModelComparison.of(
            w.map(),
            attribution,
            o.models(),
            o.by(),
            playing,
            selected,
            new ModelComparison.Settings(o.halfLife(), o.samples(), o.seed()),
            phases);
    return new Compared(comparison, total);
  }

  static AttributionResult result(
      Within w, AttributeOptions o, ModelComparison comparison, double total) {
    Map<Model, Map<Key, Double>> columns = comparison.columns();
    List<Model> shown = comparison.models();
    boolean single = shown.size() == 1;
    List<Credit> credits = new ArrayList<>();
    for (Key k : comparison.rows()) {
      if (single) {
        double c = columns.get(shown.get(0)).getOrDefault(k, 0.0);
        credits.add(
            new AttributionResult.OneModel(
                k.id(), k.label(), Within.cents(c), total == 0 ? 0 : Within.fourPlaces(c / total)));
      } else {
        Map<String, Optional<BigDecimal>> byModel = new LinkedHashMap<>();
        shown.forEach(
            m ->
                byModel.put(
                    m.word(), Optional.ofNullable(columns.get(m).get(k)).map(Within::cents)));
        credits.add(new AttributionResult.ByModel(k.id(), k.label(), byModel));
      }
    }
    Optional<AttributionResult.ShapleyFacts> shapley =
        comparison
            .shapley()
            .map(
                s ->
                    new AttributionResult.ShapleyFacts(
                        s.exact(),
                        s.samples(),
                        Within.cents(s.withoutPlayers()),
                        s.exact()
                            ? Optional.empty()
                            : Optional.of(
                                Arrays.stream(s.standardErrors())
                                    .mapToObj(Within::cents)
                                    .toList())));
    return new AttributionResult(
        w.asked(),
        single ? shown.get(0).word() : "all",
        o.by().word(),
        w.currency(),
        Within.cents(total),
        MapWords.WEIGHT_BASIS,
        credits,
        List.copyOf(comparison.unreached()),
        shown.contains(Model.TIME_DECAY)
            ? Optional.of(List.copyOf(comparison.linearFallback()))
            : Optional.empty(),
        shapley);
  }

  /** Shapley's players by node, as --players chooses them. */
  private static List<Player> nodePlayers(Within w, AttributeOptions o) {
    String who = o.players().map(String::trim).orElse("origins");
    return switch (who) {
      case "origins" -> Player.origins(w.graph());
      case "channels" -> Player.channels(w.graph());
      case "costed" -> Player.costed(w.map(), w.graph());
      default -> {
        try {
          List<String> refs =
              Arrays.stream(who.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList();
          if (refs.isEmpty()) {
            throw new BadOptionException(
                "takes origins, channels, costed or a comma list of node ids");
          }
          yield Player.of(
              w.graph(), NodeRefs.many(w.map(), refs).stream().map(n -> w.index(n.id())).toList());
        } catch (BadOptionException e) {
          throw new BadOptionException("--players: " + e.getMessage());
        }
      }
    };
  }

  /** Who plays Shapley's game, in words. */
  public static String playersWord(AttributeOptions o) {
    if (o.by() != By.NODE) {
      return o.by() == By.KIND ? "kinds" : "groups";
    }
    return switch (o.players().map(String::trim).orElse("origins")) {
      case "origins" -> "origins";
      case "channels" -> "channels";
      case "costed" -> "nodes with a cost";
      default -> "nodes named by --players";
    };
  }
}
