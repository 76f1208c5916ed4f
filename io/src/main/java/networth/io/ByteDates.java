package networth.io;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import networth.model.PartialDate;

/**
 * Dates written in digits ({@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}) read straight from a
 * file's bytes, the ones met lately kept: a large map repeats a few thousand days over millions of
 * links, so most dates are found by their digits as a number, without a string, a parse or a new
 * object. A slot keeps the last date that fell into it (plain arrays: a bounded cache, no boxed
 * key). What it reads is what {@link PartialDate#parse} reads from the same text, which it calls on
 * every date it has not met.
 */
public final class ByteDates {

  private static final int SLOTS = 1 << 14;
  private final int[] keys = new int[SLOTS];

  @SuppressWarnings("unchecked")
  private final Optional<PartialDate>[] dates = (Optional<PartialDate>[]) new Optional<?>[SLOTS];

  /** Whether {@code text[from, to)} is written YYYY, YYYY-MM or YYYY-MM-DD, all in digits. */
  public static boolean isDigitForm(byte[] text, int from, int to) {
    int n = to - from;
    if (n != 4 && n != 7 && n != 10) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      byte c = text[from + i];
      if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The date {@code text[from, to)} spells, when it is written in digits ({@link #isDigitForm}) and
   * is a valid date; empty otherwise ({@code 2014-13}, {@code 0000}, {@code 2014-3}, a word).
   */
  public Optional<PartialDate> date(byte[] text, int from, int to) {
    if (!isDigitForm(text, from, to)) {
      return Optional.empty();
    }
    int n = to - from;
    int value = digits(text, from, from + 4) * 10_000;
    if (n > 4) {
      value += digits(text, from + 5, from + 7) * 100;
    }
    if (n > 7) {
      value += digits(text, from + 8, from + 10);
    }
    // The form in the top bits, so that 2014-06 is not taken for 2014-06-00, which is no date.
    int key = value | (n << 27);
    int slot = (key ^ (key >>> 7)) & (SLOTS - 1);
    if (keys[slot] == key && dates[slot] != null) {
      return dates[slot];
    }
    try {
      Optional<PartialDate> d =
          Optional.of(PartialDate.parse(new String(text, from, n, StandardCharsets.US_ASCII)));
      keys[slot] = key;
      dates[slot] = d;
      return d;
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static int digits(byte[] text, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (text[i] - '0');
    }
    return v;
  }
}
