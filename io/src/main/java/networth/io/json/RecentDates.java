package networth.io.json;

import java.util.Optional;
import networth.model.PartialDate;

/**
 * The dates of a map read lately, by their text. A large map's links share a few thousand days, so
 * most dates are found here instead of parsed and checked again, and each is one object however
 * many links carry it. A slot holds the last text that fell into it: a bounded cache (65,536 texts
 * at most), never a growing one.
 */
final class RecentDates {

  private static final int SIZE = 1 << 16;

  private final String[] texts = new String[SIZE];

  @SuppressWarnings("unchecked")
  private final Optional<PartialDate>[] dates = (Optional<PartialDate>[]) new Optional<?>[SIZE];

  /**
   * The date a text spells.
   *
   * @throws IllegalArgumentException as {@link PartialDate#parse} does, when it is not a date
   */
  Optional<PartialDate> parse(String text) {
    int slot = text.hashCode() & (SIZE - 1);
    if (text.equals(texts[slot])) {
      return dates[slot];
    }
    Optional<PartialDate> date = Optional.of(PartialDate.parse(text));
    texts[slot] = text;
    dates[slot] = date;
    return date;
  }
}
