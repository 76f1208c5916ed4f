package networth.analysis.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import networth.analysis.attribution.Breakdown.By;
import networth.analysis.attribution.Breakdown.Key;
import networth.graph.MapGraph;
import networth.model.NetworkMap;

/**
 * Several attribution models side by side, by node, kind or group: the columns of {@code networth
 * attribute --model all} and of the report's credit chart. Shapley's players follow {@code by}
 * (origins by node unless chosen, kinds, groups); when there are none, Shapley is left out.
 *
 * @param columns each model's credit per key, in the order the models were asked for
 * @param unreached opportunities no route reaches
 * @param shapley Shapley's result when it was computed
 * @param linearFallback opportunities time decay could not weigh (no dated link on their routes)
 *     and credited as linear does
 */
public record ModelComparison(
    Map<Model, Map<Key, Double>> columns,
    Set<String> unreached,
    Optional<Shapley.Result> shapley,
    Set<String> linearFallback) {

  /** Runs each phase; the command line times them with this. */
  public interface Phases {
    <T> T phase(String name, Supplier<T> work);

    /** No timing: just run it. */
    Phases NONE =
        new Phases() {
          @Override
          public <T> T phase(String name, Supplier<T> work) {
            return work.get();
          }
        };
  }

  /** The settings of the models that take any. */
  public record Settings(double halfLifeDays, int samples, long seed) {
    public static Settings defaults() {
      return new Settings(Attribution.halfLifeDefault(), Shapley.SAMPLES_DEFAULT, 1);
    }
  }

  public ModelComparison {
    columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    unreached = Collections.unmodifiableSet(new LinkedHashSet<>(unreached));
    linearFallback = Collections.unmodifiableSet(new LinkedHashSet<>(linearFallback));
  }

  public ModelComparison(
      Map<Model, Map<Key, Double>> columns,
      Set<String> unreached,
      Optional<Shapley.Result> shapley) {
    this(columns, unreached, shapley, Set.of());
  }

  /**
   * The models compared over the selected opportunities of the attribution's graph (made from
   * {@code map}); an attribution shared by several comparisons counts its routes once.
   */
  public static ModelComparison of(
      NetworkMap map,
      Attribution attribution,
      List<Model> models,
      By by,
      boolean[] selected,
      Settings settings,
      Phases phases) {
    return of(
        map,
        attribution,
        models,
        by,
        Breakdown.players(map, attribution.graph(), by),
        selected,
        settings,
        phases);
  }

  /** The same, with Shapley's players chosen by the caller. */
  public static ModelComparison of(
      NetworkMap map,
      Attribution attribution,
      List<Model> models,
      By by,
      List<Player> players,
      boolean[] selected,
      Settings settings,
      Phases phases) {
    MapGraph g = attribution.graph();
    Map<Model, Map<Key, Double>> columns = new LinkedHashMap<>();
    Set<String> unreached = new LinkedHashSet<>();
    Set<String> fallback = new LinkedHashSet<>();
    Shapley.Result shapley = null;
    for (Model m : models) {
      if (m == Model.SHAPLEY) {
        if (players.isEmpty()) {
          continue;
        }
        shapley =
            phases.phase(
                "shapley",
                () -> attribution.shapley(players, selected, settings.samples(), settings.seed()));
        Map<Key, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < players.size(); i++) {
          values.put(playerKey(map, players.get(i), by), shapley.values()[i]);
        }
        columns.put(m, values);
      } else {
        Credits credits =
            phases.phase(m.word(), () -> attribution.credits(m, selected, settings.halfLifeDays()));
        unreached.addAll(credits.unreached());
        fallback.addAll(credits.linearFallback());
        columns.put(m, Breakdown.of(map, g, credits.perNode(), by));
      }
    }
    return new ModelComparison(columns, unreached, Optional.ofNullable(shapley), fallback);
  }

  private static Key playerKey(NetworkMap map, Player p, By by) {
    return switch (by) {
      case NODE -> new Key(p.name(), map.label(p.name()));
      case KIND -> new Key(p.name(), p.name());
      case GROUP -> new Key(p.name(), map.group(p.name()).orElseThrow().title());
    };
  }

  /** The models shown, in order. */
  public List<Model> models() {
    return List.copyOf(columns.keySet());
  }

  /**
   * A model's credit for a key; empty when the model does not credit it (Shapley's non-players).
   */
  public Optional<Double> credit(Model m, Key k) {
    Map<Key, Double> column = columns.get(m);
    return column == null ? Optional.empty() : Optional.ofNullable(column.get(k));
  }

  /** Every key credited by some model, most credited first (by linear, else the first model). */
  public List<Key> rows() {
    Set<Key> keys = new LinkedHashSet<>();
    columns
        .values()
        .forEach(
            c ->
                c.forEach(
                    (k, v) -> {
                      if (Math.abs(v) > 1e-9) {
                        keys.add(k);
                      }
                    }));
    if (columns.isEmpty()) {
      return List.of();
    }
    Model lead =
        columns.containsKey(Model.LINEAR) ? Model.LINEAR : columns.keySet().iterator().next();
    List<Key> sorted = new ArrayList<>(keys);
    sorted.sort(Comparator.comparingDouble((Key k) -> -columns.get(lead).getOrDefault(k, 0.0)));
    return sorted;
  }
}
