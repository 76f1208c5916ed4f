package networth.analysis.routes;

/**
 * A non-negative number that may lie far beyond a double's range, as a mantissa and a binary
 * exponent: {@code mantissa × 2^exponent}. Route counts grow exponentially with a map's depth (a
 * million-node map can have more routes than 10^308), and shares of them shrink as fast; the
 * analyses keep them in this form and only the final, bounded answers become plain doubles.
 *
 * @param mantissa 0, or between 1 (inclusive) and 2 (exclusive)
 * @param exponent the power of two
 */
public record Scaled(double mantissa, int exponent) {

  public static final Scaled ZERO = new Scaled(0, 0);
  public static final Scaled ONE = new Scaled(1, 0);

  /** A double in normal form. */
  public static Scaled of(double value) {
    if (value == 0) {
      return ZERO;
    }
    if (value < 0 || Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("not a finite non-negative number: " + value);
    }
    int e = Math.getExponent(value);
    if (e < Double.MIN_EXPONENT) {
      // Subnormal: scale it up first so the mantissa stays exact.
      return of(Math.scalb(value, 64)).times(1, -64);
    }
    return new Scaled(Math.scalb(value, -e), e);
  }

  public boolean isZero() {
    return mantissa == 0;
  }

  /** This times {@code factor × 2^shift}. */
  public Scaled times(double factor, int shift) {
    if (isZero() || factor == 0) {
      return ZERO;
    }
    Scaled f = of(factor);
    double m = mantissa * f.mantissa;
    int e = exponent + f.exponent + shift;
    if (m >= 2) {
      m /= 2;
      e++;
    }
    return new Scaled(m, e);
  }

  public Scaled times(Scaled other) {
    return times(other.mantissa, other.exponent);
  }

  /** This divided by a non-zero number. */
  public Scaled dividedBy(Scaled other) {
    if (other.isZero()) {
      throw new ArithmeticException("division by zero");
    }
    return times(1 / other.mantissa, -other.exponent);
  }

  public Scaled plus(Scaled other) {
    if (isZero()) {
      return other;
    }
    if (other.isZero()) {
      return this;
    }
    int e = Math.max(exponent, other.exponent);
    double sum =
        Math.scalb(mantissa, exponent - e) + Math.scalb(other.mantissa, other.exponent - e);
    return of(sum).times(1, e);
  }

  /** The plain double: may be infinite or 0 when out of range. */
  public double toDouble() {
    return Math.scalb(mantissa, exponent);
  }
}
