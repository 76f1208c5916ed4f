package networth.journeys.markov;

import java.util.ArrayList;
import java.util.List;
import networth.journeys.PathTable;

/**
 * Chooses the order of the Markov chain as ChannelAttribution's {@code choose_order} does. For each
 * order k from 1 to the maximum, the chain is counted over all the journeys; each path is then
 * predicted to convert with the probability that a journey ending in the path's last state converts
 * there ((conversion) over (conversion) and (null) from that state). The predictions are scored by
 * the area under the ROC curve, traced through {@code rocPoints} thresholds evenly spaced from the
 * lowest prediction to the highest, conversions as positives and journeys that did not convert as
 * negatives, and penalised for the chain's size: {@code pauc = 1 - (1 - auc)(N - 1)/(N - nodes -
 * 1)}, with N the journeys and nodes = C(channels + k - 1, k) (0 when that leaves [0, 1]). The
 * suggested order has the highest pauc.
 *
 * <p>As in the open-source package, the journeys are not split: the chain is fitted and scored on
 * the same data, and the penalty is what keeps a large order from winning by memorising paths
 * (ChannelAttribution Pro's cross-validated choice is a different procedure).
 *
 * <p>Cost: per order, counting O(touches × k) and scoring O(paths × rocPoints).
 */
public final class OrderSelection {
  public static final int MAX_ORDER_DEFAULT = 10;
  public static final int ROC_POINTS_DEFAULT = 100;

  private OrderSelection() {}

  /** The suggested order among 1 to {@code maxOrder}, with 100 ROC points. */
  public static OrderChoice choose(PathTable table, int maxOrder) {
    return choose(table, maxOrder, ROC_POINTS_DEFAULT);
  }

  public static OrderChoice choose(PathTable table, int maxOrder, int rocPoints) {
    if (maxOrder < 1) {
      throw new IllegalArgumentException("the highest order tried is at least 1, not " + maxOrder);
    }
    if (rocPoints < 10) {
      throw new IllegalArgumentException("the ROC curve has at least 10 points, not " + rocPoints);
    }
    if (!(table.totalConversions() > 0) || !(table.totalNulls() > 0)) {
      throw new IllegalArgumentException(
          "choosing an order needs journeys that converted and journeys that did not");
    }
    double journeys = table.totalConversions() + table.totalNulls();
    int channels = table.channels().size();
    List<OrderScore> scores = new ArrayList<>();
    for (int order = 1; order <= maxOrder; order++) {
      double nodes = nodes(channels, order);
      if (nodes >= journeys) {
        continue;
      }
      double auc = auc(table, predictions(table, order), rocPoints);
      double pauc = 1 - (1 - auc) * ((journeys - 1) / (journeys - nodes - 1));
      if (!(pauc >= 0 && pauc <= 1)) {
        pauc = 0;
      }
      scores.add(new OrderScore(order, auc, pauc));
    }
    if (scores.isEmpty()) {
      throw new IllegalArgumentException(
          "too few journeys to judge any order: a chain of order 1 has "
              + channels
              + " states, and there are "
              + journeys
              + " journeys");
    }
    OrderScore best = scores.get(0);
    for (OrderScore s : scores) {
      if (s.pauc() > best.pauc()) {
        best = s;
      }
    }
    return new OrderChoice(best.order(), scores);
  }

  /** C(channels + k - 1, k): the multisets of k channels, ChannelAttribution's count of nodes. */
  static double nodes(int channels, int order) {
    double c = 1;
    for (int i = 1; i <= order; i++) {
      c = c * (channels - 1 + i) / i;
    }
    return c;
  }

  /** Each path's chance of converting from its last state. */
  private static double[] predictions(PathTable table, int order) {
    MarkovChain chain = MarkovCounting.count(table, order);
    java.util.Map<List<String>, Integer> numbers = new java.util.HashMap<>();
    for (int s = 0; s < chain.stateCount(); s++) {
      numbers.put(chain.states().get(s), s);
    }
    double[] p = new double[table.size()];
    for (int i = 0; i < table.size(); i++) {
      List<List<String>> states = MarkovCounting.states(table.names(i), order);
      Integer last = numbers.get(states.get(states.size() - 1));
      p[i] = last == null ? 0 : endsInConversion(chain, last);
    }
    return p;
  }

  private static double endsInConversion(MarkovChain chain, int s) {
    double conv = 0;
    double nul = 0;
    int[] targets = chain.targets(s);
    for (int k = 0; k < targets.length; k++) {
      if (targets[k] == MarkovChain.CONVERSION) {
        conv = chain.counts(s)[k];
      } else if (targets[k] == MarkovChain.NULL) {
        nul = chain.counts(s)[k];
      }
    }
    return conv + nul > 0 ? conv / (conv + nul) : 0;
  }

  /**
   * The trapezoid area under the ROC curve through thresholds from the highest prediction down to
   * the lowest, closed at (0, 0) and (1, 1), as ChannelAttribution traces it.
   */
  static double auc(PathTable table, double[] p, int points) {
    double min = 1;
    double max = 0;
    for (double x : p) {
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    double auc = 0;
    double tprOld = 0;
    double fprOld = 0;
    for (int k = points - 1; k >= 0; k--) {
      double th = min + (k * (max - min) / (points - 1));
      double tp = 0;
      double fn = 0;
      double tn = 0;
      double fp = 0;
      for (int i = 0; i < p.length; i++) {
        if (p[i] >= th) {
          tp += table.conversions(i);
          fp += table.nulls(i);
        } else {
          fn += table.conversions(i);
          tn += table.nulls(i);
        }
      }
      double tpr = tp / (tp + fn);
      double fpr = fp / (fp + tn);
      auc += (fpr - fprOld) * tprOld + (fpr - fprOld) * (tpr - tprOld) / 2;
      tprOld = tpr;
      fprOld = fpr;
    }
    return auc + (1 - fprOld) * tprOld + (1 - fprOld) * (1 - tprOld) / 2;
  }
}
