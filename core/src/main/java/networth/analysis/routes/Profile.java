package networth.analysis.routes;

/**
 * How many routes (or how much weight) there is of each length: entry {@code i} is the amount for
 * length {@code first + i}, scaled by {@code 2^exponent} so that counts beyond a double's range
 * stay exact to double precision. The largest entry lies in [1, 2). Immutable once built.
 */
public final class Profile {

  public static final Profile ZERO = new Profile(0, new double[0], 0);

  private final int first;
  private final double[] mantissas;
  private final int exponent;

  Profile(int first, double[] mantissas, int exponent) {
    this.first = first;
    this.mantissas = mantissas;
    this.exponent = exponent;
  }

  /** A single amount at one length. */
  public static Profile of(int length, Scaled amount) {
    return amount.isZero()
        ? ZERO
        : new Profile(length, new double[] {amount.mantissa()}, amount.exponent());
  }

  public boolean isZero() {
    return mantissas.length == 0;
  }

  /** The shortest length with an entry. */
  public int first() {
    return first;
  }

  /** One past the longest length with an entry. */
  public int end() {
    return first + mantissas.length;
  }

  public int exponent() {
    return exponent;
  }

  /** The mantissa for a length (0 outside the profile); the amount is it times 2^exponent. */
  public double mantissa(int length) {
    int i = length - first;
    return i < 0 || i >= mantissas.length ? 0 : mantissas[i];
  }

  /** The amount at a length. */
  public Scaled at(int length) {
    return Scaled.of(mantissa(length)).times(1, exponent);
  }

  /** The sum over all lengths of {@code amount(length) × factor(length)}. */
  public Scaled sum(java.util.function.IntToDoubleFunction factor) {
    double s = 0;
    for (int i = 0; i < mantissas.length; i++) {
      s += mantissas[i] * factor.applyAsDouble(first + i);
    }
    return Scaled.of(s).times(1, exponent);
  }

  /** The sum over all lengths. */
  public Scaled total() {
    return sum(length -> 1);
  }
}
