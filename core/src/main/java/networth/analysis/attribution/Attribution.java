package networth.analysis.attribution;

import java.util.List;
import java.util.Optional;
import networth.analysis.routes.RouteTable;
import networth.analysis.routes.RouteTotals;
import networth.graph.MapGraph;

/**
 * Credits the nodes of a map with the weight of its opportunities under each model. Built once over
 * a graph; the route profiles the route models share are computed on first use.
 *
 * <p>Every model's credits for one opportunity add up to its weight (unless nothing leads to it:
 * then it is reported as unreached), except Shapley's, which credits players and reports the value
 * that needs none of them beside.
 */
public final class Attribution {

  private final MapGraph g;
  private RouteTable up;
  private Optional<RouteTotals> totals;

  public Attribution(MapGraph g) {
    g.topologicalOrder();
    this.g = g;
  }

  public MapGraph graph() {
    return g;
  }

  /** Every counted opportunity. */
  public boolean[] allOpportunities() {
    boolean[] all = new boolean[g.nodeCount()];
    for (int v = 0; v < all.length; v++) {
      all[v] = g.isCounted(v);
    }
    return all;
  }

  /** Only one opportunity. */
  public boolean[] only(int opportunity) {
    boolean[] one = new boolean[g.nodeCount()];
    one[opportunity] = true;
    return one;
  }

  /**
   * Credits under a node-level model.
   *
   * @param selected the opportunities whose weight to credit
   * @param halfLifeDays for time decay
   * @throws IllegalArgumentException for {@link Model#SHAPLEY}, which credits players: use {@link
   *     #shapley}
   */
  public Credits credits(Model model, boolean[] selected, double halfLifeDays) {
    return switch (model) {
      case FIRST ->
          totals().isPresent()
              ? RouteCredit.fromTotals(g, totals().get(), selected, model)
              : RouteCredit.routes(g, up(), selected, model, RouteShare.FIRST);
      case LAST ->
          totals().isPresent()
              ? RouteCredit.fromTotals(g, totals().get(), selected, model)
              : RouteCredit.routes(g, up(), selected, model, RouteShare.LAST);
      case LINEAR -> byLength(selected, model, RouteShare.LINEAR);
      case POSITION -> byLength(selected, model, RouteShare.POSITION);
      case MARKOV ->
          totals().isPresent()
              ? RouteCredit.fromTotals(g, totals().get(), selected, model)
              : RouteCredit.markov(g, up(), selected);
      case TIME_DECAY -> timeDecay(selected, halfLifeDays);
      case SHAPLEY -> throw new IllegalArgumentException("Shapley credits players, not nodes");
    };
  }

  public Credits credits(Model model, boolean[] selected) {
    return credits(model, selected, TimeDecayCredit.HALF_LIFE_DAYS_DEFAULT);
  }

  /** Shapley values of the players, exact when they are few enough, else sampled. */
  public Shapley.Result shapley(List<Player> players, boolean[] selected, int samples, long seed) {
    return new Shapley(g, selected, players).compute(samples, seed);
  }

  /**
   * The default half-life of time decay, in days: 180, since networking touches keep working for
   * months (see {@link TimeDecayCredit}).
   */
  public static double halfLifeDefault() {
    return TimeDecayCredit.HALF_LIFE_DAYS_DEFAULT;
  }

  /**
   * Time decay, with the opportunities that have no dated link on their routes credited as the
   * linear model does (and named in {@link Credits#linearFallback()}).
   */
  private Credits timeDecay(boolean[] selected, double halfLifeDays) {
    Credits decayed = TimeDecayCredit.credits(g, selected, halfLifeDays, totals().isPresent());
    if (decayed.linearFallback().isEmpty()) {
      return decayed;
    }
    boolean[] fallback = new boolean[g.nodeCount()];
    decayed.linearFallback().forEach(id -> fallback[g.indexOf(id).orElseThrow()] = true);
    Credits linear = byLength(fallback, Model.LINEAR, RouteShare.LINEAR);
    double[] sum = decayed.perNode().clone();
    for (int v = 0; v < sum.length; v++) {
      sum[v] += linear.of(v);
    }
    return new Credits(Model.TIME_DECAY, sum, decayed.unreached(), decayed.linearFallback());
  }

  /**
   * Linear or position: both tables at once where they fit dense rows, else one after the other.
   */
  private Credits byLength(boolean[] selected, Model model, RouteShare share) {
    Optional<RouteTotals> t = totals();
    if (t.isPresent() && RouteTable.denseFits(g, t.get().longest())) {
      return RouteCredit.byLengthAtOnce(g, t.get(), this::up, selected, model, share);
    }
    return RouteCredit.routes(g, up(), t.isPresent(), selected, model, share);
  }

  /**
   * Route totals in plain doubles, or empty where counts are too large for them; computed once and
   * shared with the other analyses that need them.
   */
  public synchronized Optional<RouteTotals> totals() {
    if (totals == null) {
      totals = RouteTotals.of(g);
    }
    return totals;
  }

  private synchronized RouteTable up() {
    if (up == null) {
      Optional<RouteTotals> t = totals();
      up =
          t.isPresent() && RouteTable.denseFits(g, t.get().longest())
              ? RouteTable.upDense(g, t.get().longest())
              : RouteTable.up(g, t.isPresent());
    }
    return up;
  }
}
