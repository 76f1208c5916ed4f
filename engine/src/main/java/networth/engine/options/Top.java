package networth.engine.options;

import networth.engine.BadOptionException;

/** {@code --top N}: how many rows of a ranking to show. */
public final class Top {

  /** How many rows a ranking shows unless asked. */
  public static final int DEFAULT = 20;

  private Top() {}

  /**
   * @throws BadOptionException when {@code top} is negative
   */
  public static int check(int top) {
    if (top < 0) {
      throw new BadOptionException("--top must be 0 or more, was " + top);
    }
    return top;
  }
}
