package networth.text;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import networth.graph.MapGraph;
import networth.model.NetworkMap;

/**
 * How one map's nodes and amounts are written for a person: labels (with the id when two nodes
 * share a label), amounts in the map's currency, and the sentences the commands and the report
 * share.
 */
public final class MapWords {

  /** How opportunities are weighed, in words. */
  public static final String WEIGHT_BASIS =
      "clients count at their value, prospects at value × probability (their whole value when no"
          + " probability is given), lost ones not at all";

  private final NetworkMap map;
  private final MapGraph graph;
  // Found on the first label asked for: a command that shows no label (most answers in JSON) does
  // not pay for a set of every label of a large map. Found again by a second thread at worst,
  // never half seen: the set is complete before it is published.
  private volatile Set<String> sharedLabels;

  public MapWords(NetworkMap map, MapGraph graph) {
    this.map = map;
    this.graph = graph;
  }

  /** The node's label, with its id when another node has the same label: "Andy (AndyC)". */
  public String label(int v) {
    String label = map.label(graph.id(v));
    return sharedLabels().contains(label) ? label + " (" + graph.id(v) + ")" : label;
  }

  private Set<String> sharedLabels() {
    Set<String> shared = sharedLabels;
    if (shared == null) {
      shared = new HashSet<>();
      Set<String> seen = new HashSet<>();
      for (networth.model.Node n : map.nodes()) {
        if (!seen.add(n.label())) {
          shared.add(n.label());
        }
      }
      sharedLabels = shared;
    }
    return shared;
  }

  /** The labels of these nodes. */
  public List<String> labels(List<Integer> nodes) {
    return nodes.stream().map(this::label).toList();
  }

  /** An amount to show: £12,345.50. */
  public String money(double amount) {
    return Amounts.show(BigDecimal.valueOf(amount), map.settings().currency());
  }

  /** "1 error", "2 errors". */
  public static String count(long n, String word) {
    return count(n, word, word + "s");
  }

  /** "1 opportunity", "2 opportunities". */
  public static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** Days as a person says them: 12 days, 5 months, 3.2 years. */
  public static String span(int days) {
    if (days < 0) {
      return "-" + span(-days);
    }
    if (days < 60) {
      return days + (days == 1 ? " day" : " days");
    }
    if (days < 730) {
      return Math.round(days / 30.44) + " months";
    }
    return String.format(java.util.Locale.ROOT, "%.1f years", days / 365.25);
  }

  /**
   * Hours as a person reads them: whole from 10 on (180), else to a tenth (2.5); hours charged by
   * the month over a span of days come out as fractions nobody would write.
   */
  public static String hours(double h) {
    double rounded = h >= 10 ? Math.rint(h) : Math.rint(h * 10) / 10;
    return number(rounded);
  }

  /** Whether the map values an hour of networking (its {@code rate}). */
  public boolean hasHourlyRate() {
    return map.settings().hourlyRate().isPresent();
  }

  /** A number with the decimals it needs: 40, 12.5. */
  public static String number(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
