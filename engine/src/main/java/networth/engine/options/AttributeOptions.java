package networth.engine.options;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import networth.analysis.attribution.Breakdown.By;
import networth.analysis.attribution.Model;
import networth.analysis.attribution.Shapley;
import networth.engine.BadOptionException;
import networth.model.Period;
import networth.text.NearestNames;

/**
 * {@code attribute}.
 *
 * @param models the models compared (all of them, or one)
 * @param by node, kind or group
 * @param halfLife time decay's half-life in days
 * @param samples how many orders Shapley samples when it cannot be exact
 * @param seed the seed of that sampling
 * @param players Shapley's players by node: origins, channels, costed, or a comma list of nodes;
 *     empty for origins
 * @param only one opportunity (by id or label) instead of all
 * @param period only the opportunities dated in it count
 */
public record AttributeOptions(
    List<Model> models,
    By by,
    double halfLife,
    int samples,
    long seed,
    Optional<String> players,
    Optional<String> only,
    Period period) {

  /** Time decay's half-life unless asked: networking works over months. */
  public static final double HALF_LIFE_DEFAULT = 180;

  /** Every model, by node, with the defaults, over all time. */
  public static final AttributeOptions DEFAULTS =
      new AttributeOptions(
          List.of(Model.values()),
          By.NODE,
          HALF_LIFE_DEFAULT,
          Shapley.SAMPLES_DEFAULT,
          1,
          Optional.empty(),
          Optional.empty(),
          Period.ALWAYS);

  public AttributeOptions {
    models = List.copyOf(models);
    if (models.isEmpty()) {
      throw new BadOptionException("--model names no model; leave it out to compare them all");
    }
    if (!(halfLife > 0) || Double.isInfinite(halfLife)) {
      throw new BadOptionException(
          "--half-life must be a positive number of days, was " + halfLife);
    }
    if (samples < 2) {
      throw new BadOptionException("--samples must be at least 2, was " + samples);
    }
    if (players.isPresent() && by != By.NODE) {
      throw new BadOptionException(
          "--players chooses Shapley's players by node; with --by "
              + by.word()
              + " the "
              + (by == By.KIND ? "kinds" : "groups")
              + " play. Leave out --players or use --by node.");
    }
  }

  /** The same, over another period. */
  public AttributeOptions within(Period other) {
    return new AttributeOptions(models, by, halfLife, samples, seed, players, only, other);
  }

  /** Whether one model alone was asked for. */
  public boolean single() {
    return models.size() == 1;
  }

  /**
   * The models a word asks for: one model, or {@code all}.
   *
   * @throws BadOptionException naming the nearest model, for an unknown word
   */
  public static List<Model> models(String word) {
    if (word.equalsIgnoreCase("all")) {
      return List.of(Model.values());
    }
    List<String> words = Arrays.stream(Model.values()).map(Model::word).toList();
    return List.of(
        Model.fromWord(word)
            .orElseThrow(
                () ->
                    new BadOptionException(
                        "unknown model '"
                            + word
                            + "'; "
                            + NearestNames.didYouMean(word, words)
                            + " Models: "
                            + String.join(", ", words)
                            + ", all.")));
  }
}
