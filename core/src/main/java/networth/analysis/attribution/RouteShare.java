package networth.analysis.attribution;

/**
 * How a route shares its opportunity's weight among its touches, by position: a touch at position
 * {@code a} (from 1) of a route of {@code length} touches.
 */
enum RouteShare {
  /** All to the route's first touch, the origin. */
  FIRST,
  /** All to the touch that links straight to the opportunity. */
  LAST,
  /** Equally among the touches. */
  LINEAR,
  /**
   * 40% to the first, 40% to the last, 20% shared by those between (half each with two touches).
   */
  POSITION;

  double of(int a, int length) {
    return switch (this) {
      case FIRST -> a == 1 ? 1 : 0;
      case LAST -> a == length ? 1 : 0;
      case LINEAR -> 1.0 / length;
      case POSITION -> {
        if (length == 1) {
          yield 1;
        }
        if (length == 2) {
          yield 0.5;
        }
        yield a == 1 || a == length ? 0.4 : 0.2 / (length - 2);
      }
    };
  }
}
