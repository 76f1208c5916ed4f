package networth.engine.exact;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Credit under several attribution models side by side.
 *
 * @param models the models' words, in the order compared (Shapley left out when it had no players)
 * @param rows one per node, kind or group credited by some model, most credited first (by linear)
 */
public record Comparison(List<String> models, List<Row> rows) {

  public Comparison {
    models = List.copyOf(models);
    rows = List.copyOf(rows);
  }

  /**
   * @param id the node's id, the kind's keyword or the group's name
   * @param label how it is shown
   * @param credit one per model, in the order of {@code models}; empty where a model gives it none
   *     (Shapley's non-players)
   */
  public record Row(String id, String label, List<OptionalDouble> credit) {
    public Row {
      credit = List.copyOf(credit);
    }
  }
}
