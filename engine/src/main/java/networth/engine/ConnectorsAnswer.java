package networth.engine;

import networth.analysis.attribution.ModelComparison.Phases;
import networth.analysis.connectors.Connectors;
import networth.engine.options.ConnectorsOptions;
import networth.engine.result.ConnectorsResult;

/** {@code connectors}' answer: the people who carried the most value. */
final class ConnectorsAnswer {

  private ConnectorsAnswer() {}

  static ConnectorsResult of(Within w, ConnectorsOptions o, Phases phases) {
    return new ConnectorsResult(
        w.asked(),
        phases.phase("connectors", () -> Connectors.rank(w.graph(), o.top())).stream()
            .map(
                c ->
                    new ConnectorsResult.Connector(
                        w.id(c.node()),
                        w.label(c.node()),
                        Within.cents(c.valueCarried()),
                        Within.fourPlaces(c.routeShare()),
                        c.betweenness()))
            .toList());
  }
}
