package networth.engine.result;

import java.math.BigInteger;
import java.util.List;

/**
 * {@code paths}: the routes to an opportunity, shortest first.
 *
 * @param opportunity its id
 * @param label how it is shown
 * @param count the exact number of all its routes
 * @param listed how many are listed
 * @param routes the shortest, up to the limit asked
 */
public record PathsResult(
    String opportunity, String label, BigInteger count, int listed, List<Route> routes) {

  public PathsResult {
    routes = List.copyOf(routes);
  }

  /**
   * @param links how many links it takes
   * @param nodes the ids along it, from its origin to the opportunity
   */
  public record Route(int links, List<String> nodes) {
    public Route {
      nodes = List.copyOf(nodes);
    }
  }
}
