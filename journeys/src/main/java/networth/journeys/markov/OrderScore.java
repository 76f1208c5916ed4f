package networth.journeys.markov;

import java.util.List;

/**
 * How well a chain of one order tells converting journeys from the others, with
 * ChannelAttribution's column names ({@link #COLUMNS}).
 *
 * @param order the chain's order k
 * @param auc the area under the ROC curve of its predictions
 * @param pauc the AUC penalised for the chain's size: {@code 1 - (1 - auc)(N - 1)/(N - nodes - 1)}
 *     for N journeys and nodes = C(channels + k - 1, k); 0 when that falls outside [0, 1]
 */
public record OrderScore(int order, double auc, double pauc) {
  public static final List<String> COLUMNS = List.of("order", "auc", "pauc");
}
