package networth.analysis.routes;

import java.util.Arrays;

/**
 * Adds profiles, each shifted in length and multiplied by a scaled factor. Reusable: {@link
 * #result()} clears it. Aligning the exponents takes a second pass over the terms, so it keeps them
 * until the result is asked for.
 */
public final class ProfileSum {

  private Profile[] terms = new Profile[8];
  private int[] shifts = new int[8];
  private double[] factors = new double[8];
  private int[] factorExponents = new int[8];
  private int count;

  /** Adds {@code p} with every length increased by {@code shift}, times {@code factor}. */
  public ProfileSum add(Profile p, int shift, Scaled factor) {
    if (p.isZero() || factor.isZero()) {
      return this;
    }
    if (count == terms.length) {
      int size = count * 2;
      terms = Arrays.copyOf(terms, size);
      shifts = Arrays.copyOf(shifts, size);
      factors = Arrays.copyOf(factors, size);
      factorExponents = Arrays.copyOf(factorExponents, size);
    }
    terms[count] = p;
    shifts[count] = shift;
    factors[count] = factor.mantissa();
    factorExponents[count] = factor.exponent();
    count++;
    return this;
  }

  public ProfileSum add(Profile p, int shift) {
    return add(p, shift, Scaled.ONE);
  }

  /** The sum, in normal form; the accumulator is empty afterwards. */
  public Profile result() {
    if (count == 0) {
      return Profile.ZERO;
    }
    int first = Integer.MAX_VALUE;
    int end = Integer.MIN_VALUE;
    int top = Integer.MIN_VALUE;
    for (int t = 0; t < count; t++) {
      first = Math.min(first, terms[t].first() + shifts[t]);
      end = Math.max(end, terms[t].end() + shifts[t]);
      top = Math.max(top, terms[t].exponent() + factorExponents[t] + 1);
    }
    double[] sum = new double[end - first];
    for (int t = 0; t < count; t++) {
      Profile p = terms[t];
      double scale = Math.scalb(factors[t], p.exponent() + factorExponents[t] - top);
      int offset = p.first() + shifts[t] - first;
      for (int len = p.first(); len < p.end(); len++) {
        sum[offset + len - p.first()] += p.mantissa(len) * scale;
      }
      terms[t] = null;
    }
    count = 0;
    return normal(first, sum, top);
  }

  /** Trims zero ends and rescales so that the largest entry lies in [1, 2). */
  static Profile normal(int first, double[] values, int exponent) {
    int lo = 0;
    int hi = values.length;
    while (lo < hi && values[lo] == 0) {
      lo++;
    }
    while (hi > lo && values[hi - 1] == 0) {
      hi--;
    }
    if (lo == hi) {
      return Profile.ZERO;
    }
    double max = 0;
    for (int i = lo; i < hi; i++) {
      max = Math.max(max, values[i]);
    }
    int e = Math.getExponent(max);
    double[] m = new double[hi - lo];
    for (int i = lo; i < hi; i++) {
      m[i - lo] = Math.scalb(values[i], -e);
    }
    return new Profile(first + lo, m, exponent + e);
  }
}
