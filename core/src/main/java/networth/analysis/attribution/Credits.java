package networth.analysis.attribution;

import java.util.List;

/**
 * What a model credits to each node for the opportunities asked about.
 *
 * @param model the model
 * @param perNode credit by node index, in the opportunities' currency
 * @param unreached opportunities that have no route (nothing leads to them), whose weight no node
 *     can be credited with
 * @param linearFallback opportunities the model could not weigh and credited as the linear model
 *     does instead (time decay, for an opportunity with no dated link on its routes), in map order
 */
public record Credits(
    Model model, double[] perNode, List<String> unreached, List<String> linearFallback) {

  public Credits {
    perNode = perNode.clone();
    unreached = List.copyOf(unreached);
    linearFallback = List.copyOf(linearFallback);
  }

  public Credits(Model model, double[] perNode, List<String> unreached) {
    this(model, perNode, unreached, List.of());
  }

  public double of(int node) {
    return perNode[node];
  }

  public double total() {
    double t = 0;
    for (double c : perNode) {
      t += c;
    }
    return t;
  }
}
