package networth.engine.options;

import networth.analysis.attribution.Model;
import networth.engine.BadOptionException;
import networth.model.Period;

/**
 * {@code roi}.
 *
 * @param model the attribution model that credits value (any but Shapley)
 * @param period only the opportunities dated in it count
 */
public record RoiOptions(Model model, Period period) {

  /** The model credit is given by unless asked. */
  public static final Model MODEL_DEFAULT = Model.LINEAR;

  public RoiOptions {
    if (model == Model.SHAPLEY) {
      throw refused(model.word());
    }
  }

  /**
   * A model by its word.
   *
   * @throws BadOptionException naming --model, for an unknown word or shapley
   */
  public static Model model(String word) {
    return Model.fromWord(word).filter(m -> m != Model.SHAPLEY).orElseThrow(() -> refused(word));
  }

  private static BadOptionException refused(String word) {
    return new BadOptionException(
        "--model takes first, last, linear, position, time-decay or markov, not '" + word + "'");
  }
}
