package networth.engine.exact;

import java.math.BigInteger;
import java.util.List;

/**
 * The most valuable counted opportunities, with how many routes lead to each and the shortest.
 *
 * @param counted how many opportunities are counted in all
 * @param opportunities the most valuable (then in map order), as many as asked
 */
public record OpportunityRoutes(int counted, List<Opportunity> opportunities) {

  public OpportunityRoutes {
    opportunities = List.copyOf(opportunities);
  }

  /**
   * @param id the opportunity's id
   * @param value its value
   * @param routes the exact number of routes from an origin to it
   * @param shortest the ids along its shortest route, from its origin to it; empty when nothing
   *     leads to it
   */
  public record Opportunity(String id, double value, BigInteger routes, List<String> shortest) {
    public Opportunity {
      shortest = List.copyOf(shortest);
    }
  }
}
