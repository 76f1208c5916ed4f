package networth.reach;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Sums of amounts, exact, in plain {@code long}s where the amounts allow: every amount is held as a
 * whole number of the smallest unit any of them needs (cents, or the tenths of a cent a probability
 * makes). A summary adds a thousand sources' opportunities each, a hundred thousand at a time on a
 * million-node map; {@link BigDecimal#add} made that the summary's whole cost. When some amount
 * needs more than nine decimals, or the total of all of them could overflow, the sums are made in
 * {@link BigDecimal} as before.
 */
final class ExactSums {

  private static final int SCALE_MAX = 9;

  private final BigDecimal[] amounts;
  private final long[] units;
  private final int scale;
  private final boolean plain;

  ExactSums(BigDecimal[] amounts) {
    this.amounts = amounts;
    int s = 0;
    for (BigDecimal a : amounts) {
      s = Math.max(s, Math.max(0, a.stripTrailingZeros().scale()));
    }
    scale = s;
    units = new long[amounts.length];
    boolean fits = s <= SCALE_MAX;
    BigInteger total = BigInteger.ZERO;
    for (int i = 0; i < amounts.length && fits; i++) {
      BigInteger u = amounts[i].setScale(s).unscaledValue();
      total = total.add(u.abs());
      fits = total.bitLength() < Long.SIZE - 1;
      units[i] = fits ? u.longValue() : 0;
    }
    plain = fits;
  }

  /** The sum of the amounts at these places. */
  BigDecimal sum(int[] places) {
    if (plain) {
      long total = 0;
      for (int i : places) {
        total += units[i];
      }
      return BigDecimal.valueOf(total, scale);
    }
    BigDecimal total = BigDecimal.ZERO;
    for (int i : places) {
      total = total.add(amounts[i]);
    }
    return total;
  }
}
