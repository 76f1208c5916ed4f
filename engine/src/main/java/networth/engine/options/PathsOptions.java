package networth.engine.options;

import networth.engine.BadOptionException;

/**
 * {@code paths}.
 *
 * @param opportunity the opportunity, by id or label
 * @param limit how many routes to list at most
 */
public record PathsOptions(String opportunity, int limit) {

  /** How many routes are listed unless asked. */
  public static final int LIMIT_DEFAULT = 20;

  public PathsOptions {
    if (limit < 0) {
      throw new BadOptionException("--limit must be 0 or more, was " + limit);
    }
  }
}
