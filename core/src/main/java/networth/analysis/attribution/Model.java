package networth.analysis.attribution;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The attribution models, by the names the command line uses. */
public enum Model {
  FIRST("first"),
  LAST("last"),
  LINEAR("linear"),
  POSITION("position"),
  TIME_DECAY("time-decay"),
  SHAPLEY("shapley"),
  MARKOV("markov");

  private final String word;

  Model(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }

  public static Optional<Model> fromWord(String w) {
    String k = w.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(m -> m.word.equals(k)).findFirst();
  }
}
