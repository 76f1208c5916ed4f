package networth.analysis.routes;

/**
 * A running sum of {@link Scaled} numbers without allocating: for the inner loops that add a number
 * per link over millions of links. Reset it, add terms, read the mantissa and exponent.
 */
public final class ScaledSum {

  private double mantissa;
  private int exponent;

  public ScaledSum reset() {
    mantissa = 0;
    exponent = 0;
    return this;
  }

  /** Adds {@code m × 2^e}. */
  public ScaledSum add(double m, int e) {
    if (m == 0) {
      return this;
    }
    if (mantissa == 0) {
      mantissa = m;
      exponent = e;
    } else if (e > exponent) {
      mantissa = Math.scalb(mantissa, exponent - e) + m;
      exponent = e;
    } else {
      mantissa += Math.scalb(m, e - exponent);
    }
    if (mantissa >= 0x1p512) {
      normalise();
    }
    return this;
  }

  /** Adds {@code (am × 2^ae) × (bm × 2^be)}. */
  public ScaledSum addProduct(double am, int ae, double bm, int be) {
    return add(am * bm, ae + be);
  }

  private void normalise() {
    int shift = Math.getExponent(mantissa);
    mantissa = Math.scalb(mantissa, -shift);
    exponent += shift;
  }

  /** The sum's mantissa, in [1, 2) or 0. */
  public double mantissa() {
    if (mantissa == 0) {
      return 0;
    }
    return Math.scalb(mantissa, -Math.getExponent(mantissa));
  }

  /** The sum's exponent, to go with {@link #mantissa()}. */
  public int exponent() {
    return mantissa == 0 ? 0 : exponent + Math.getExponent(mantissa);
  }
}
