package networth.engine;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import networth.analysis.attribution.Attribution;
import networth.analysis.attribution.Breakdown.By;
import networth.analysis.attribution.Breakdown.Key;
import networth.analysis.attribution.Model;
import networth.analysis.attribution.ModelComparison;
import networth.analysis.attribution.ModelComparison.Phases;
import networth.engine.exact.Comparison;
import networth.engine.exact.ModelCredits;
import networth.model.NodeKind;

/** Credit under every model by group, channel, kind and node: the report's credit charts. */
final class ModelCreditsAnswer {

  private ModelCreditsAnswer() {}

  static ModelCredits of(Within w, Phases phases) {
    // One attribution for every breakdown: the route counts are made once.
    Attribution attribution = new Attribution(w.graph());
    boolean[] all = attribution.allOpportunities();
    ModelComparison.Settings settings = ModelComparison.Settings.defaults();
    List<Model> models = List.of(Model.values());
    Optional<Comparison> byGroup =
        w.map().groups().isEmpty()
            ? Optional.empty()
            : Optional.of(
                compared(
                    ModelComparison.of(
                        w.map(), attribution, models, By.GROUP, all, settings, phases)));
    ModelComparison byNode =
        ModelComparison.of(w.map(), attribution, models, By.NODE, all, settings, phases);
    List<Key> channels =
        byNode.rows().stream()
            .filter(k -> w.graph().kind(w.index(k.id())) == NodeKind.CHANNEL)
            .toList();
    Optional<Comparison> byKind =
        channels.isEmpty()
            ? Optional.of(
                compared(
                    ModelComparison.of(
                        w.map(), attribution, models, By.KIND, all, settings, phases)))
            : Optional.empty();
    return new ModelCredits(byGroup, compared(byNode, channels), byKind, compared(byNode));
  }

  private static Comparison compared(ModelComparison c) {
    return compared(c, c.rows());
  }

  private static Comparison compared(ModelComparison c, List<Key> rows) {
    return new Comparison(
        c.models().stream().map(Model::word).toList(),
        rows.stream()
            .map(
                k ->
                    new Comparison.Row(
                        k.id(),
                        k.label(),
                        c.models().stream()
                            .map(
                                m ->
                                    c.credit(m, k)
                                        .map(OptionalDouble::of)
                                        .orElse(OptionalDouble.empty()))
                            .toList()))
            .toList());
  }
}
