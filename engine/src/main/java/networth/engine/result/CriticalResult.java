package networth.engine.result;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code critical}: the nodes every route to each opportunity passes through, and the keystones.
 *
 * @param asked the period asked for
 * @param opportunities each counted opportunity with its critical nodes
 * @param keystones the nodes holding the most value alone, most first
 */
public record CriticalResult(
    @JsonUnwrapped Asked asked, List<Opportunity> opportunities, List<Keystone> keystones) {

  public CriticalResult {
    opportunities = List.copyOf(opportunities);
    keystones = List.copyOf(keystones);
  }

  /**
   * @param id the opportunity's id
   * @param label how it is shown
   * @param critical the ids every route to it passes through, in route order
   */
  public record Opportunity(String id, String label, List<String> critical) {
    public Opportunity {
      critical = List.copyOf(critical);
    }
  }

  /**
   * @param id the node's id
   * @param label how it is shown
   * @param value the value lost without it alone
   * @param opportunities the ids of the opportunities whose every route passes through it
   */
  public record Keystone(String id, String label, BigDecimal value, List<String> opportunities) {
    public Keystone {
      opportunities = List.copyOf(opportunities);
    }
  }
}
