package networth.journeys.read;

/** The number in a count cell, or why there is none. */
final class Cells {
  private Cells() {}

  /**
   * A count: a finite number, not negative. Returns the problem in {@code problem[0]} and NaN when
   * there is one, so that the hot loop allocates nothing for good cells.
   */
  static double count(String cell, String[] problem) {
    String s = cell.strip();
    if (s.isEmpty()) {
      problem[0] = "empty: write a number such as 0, 1 or 2.5";
      return Double.NaN;
    }
    double d;
    try {
      d = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      problem[0] = quote(s) + " is not a number: write a number such as 0, 1 or 2.5";
      return Double.NaN;
    }
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      problem[0] = quote(s) + " is not a finite number: write a number such as 0, 1 or 2.5";
      return Double.NaN;
    }
    if (d < 0) {
      problem[0] = quote(s) + " is negative: a count is 0 or more";
      return Double.NaN;
    }
    return d;
  }

  /** A cell as shown in a message: quoted, and cut short when long. */
  static String quote(String s) {
    return "\"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
  }
}
