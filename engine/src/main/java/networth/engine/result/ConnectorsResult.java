package networth.engine.result;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * {@code connectors}: the people who carried the most value.
 *
 * @param asked the period asked for
 * @param connectors most value carried first, up to the number asked
 */
public record ConnectorsResult(@JsonUnwrapped Asked asked, List<Connector> connectors) {

  public ConnectorsResult {
    connectors = List.copyOf(connectors);
  }

  /**
   * @param id the person's id
   * @param label how they are shown
   * @param valueCarried their linear credit
   * @param routeShare for each opportunity the share of its routes through them, summed (4 places)
   * @param betweenness their betweenness centrality, {@code null} on a map too large for it
   */
  public record Connector(
      String id,
      String label,
      BigDecimal valueCarried,
      double routeShare,
      Optional<Double> betweenness) {}
}
