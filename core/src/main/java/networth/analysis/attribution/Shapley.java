package networth.analysis.attribution;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import networth.analysis.whatif.Survival;
import networth.graph.MapGraph;

/**
 * Shapley values of players (origins, channels, groups or kinds) in the game whose worth for a
 * coalition S is the weight of the opportunities still reached from an origin when the nodes of the
 * players outside S are taken away (a node shared by several players stays while any of them is in
 * S). A player's value is its marginal worth averaged over all orders of joining (Shapley, "A Value
 * for n-Person Games", 1953); the values add up to v(all) − v(none), and v(none), the value that
 * needs no player, is reported beside them.
 *
 * <p><b>Exact</b> for any number of players when every player's nodes are origins (see {@link
 * #unions}), in O((n + m)·⌈p/64⌉). Otherwise <b>exact</b> for up to {@value #EXACT_PLAYERS_MAX}
 * players while the work fits: every node carries the set of coalitions under which it survives, as
 * a bitset of 2^p bits, computed in one pass in topological order; then {@code φ_i = Σ_{S∌i}
 * |S|!(p−|S|−1)!/p! · (v(S∪i) − v(S))}. O((n + m)·2^p/64 + p·2^p). <b>Sampled</b> beyond: random
 * orders of the players, each evaluated in O(n + m) by letting the nodes of each joining player
 * revive what they feed (Castro, Gómez and Tejada, "Polynomial calculation of the Shapley value
 * based on sampling", 2009); the standard error of each value is reported.
 */
public final class Shapley {

  public static final int EXACT_PLAYERS_MAX = 20;

  /** The most bits the exact method may hold at once, 64 MiB. */
  static final long EXACT_BITS_MAX = 64L * 8 * 1024 * 1024;

  public static final int SAMPLES_DEFAULT = 2_000;

  /**
   * The outcome.
   *
   * @param values Shapley value per player, in player order
   * @param standardErrors per player, 0 when exact
   * @param withoutPlayers v(none): the value reached with no player at all
   * @param exact whether the values are exact
   * @param samples how many orders were sampled (0 when exact)
   */
  public record Result(
      double[] values, double[] standardErrors, double withoutPlayers, boolean exact, int samples) {
    public Result {
      values = values.clone();
      standardErrors = standardErrors.clone();
    }
  }

  private final MapGraph g;
  private final boolean[] selected;
  private final List<Player> players;

  public Shapley(MapGraph g, boolean[] selected, List<Player> players) {
    if (players.isEmpty()) {
      throw new IllegalArgumentException("the Shapley model needs at least one player");
    }
    this.g = g;
    this.selected = selected.clone();
    this.players = List.copyOf(players);
  }

  /** Exact when possible, else sampled with {@code samples} orders from a seeded generator. */
  public Result compute(int samples, long seed) {
    if (originsOnly()) {
      return unions();
    }
    int p = players.size();
    if (p <= EXACT_PLAYERS_MAX && (long) g.nodeCount() << p <= EXACT_BITS_MAX) {
      return exact();
    }
    return sampled(samples, new Random(seed));
  }

  Result exact() {
    int p = players.size();
    int size = 1 << p;
    int words = Math.max(1, size / 64);
    // coalitions[i]: the coalitions that contain player i.
    long[][] containing = new long[p][words];
    for (int i = 0; i < p; i++) {
      for (int s = 0; s < size; s++) {
        if ((s >> i & 1) != 0) {
          containing[i][s >> 6] |= 1L << (s & 63);
        }
      }
    }
    long[] all = new long[words];
    for (int s = 0; s < size; s++) {
      all[s >> 6] |= 1L << (s & 63);
    }
    List<List<Integer>> playersOf = playersOfNodes();
    int n = g.nodeCount();
    long[][] alive = new long[n][];
    double[] worth = new double[size];
    for (int v : g.topologicalOrder()) {
      long[] present = all;
      if (!playersOf.get(v).isEmpty()) {
        present = new long[words];
        for (int i : playersOf.get(v)) {
          or(present, containing[i]);
        }
      }
      long[] a;
      if (g.isOrigin(v)) {
        a = present;
      } else {
        a = new long[words];
        for (int k = 0; k < g.inDegree(v); k++) {
          or(a, alive[g.in(v, k)]);
        }
        and(a, present);
      }
      alive[v] = a;
      if (selected[v] && g.isCounted(v) && !g.isOrigin(v)) {
        for (int s = 0; s < size; s++) {
          if ((a[s >> 6] >>> (s & 63) & 1) != 0) {
            worth[s] += g.weight(v);
          }
        }
      }
    }
    double[] coefficient = new double[p];
    for (int k = 0; k < p; k++) {
      coefficient[k] = 1.0 / (p * binomial(p - 1, k));
    }
    double[] values = new double[p];
    for (int i = 0; i < p; i++) {
      for (int s = 0; s < size; s++) {
        if ((s >> i & 1) == 0) {
          values[i] += coefficient[Integer.bitCount(s)] * (worth[s | 1 << i] - worth[s]);
        }
      }
    }
    return new Result(values, new double[p], worth[0], true, 0);
  }

  /** Whether every node of every player is an origin, as when the origins play (the default). */
  boolean originsOnly() {
    return players.stream().allMatch(pl -> pl.nodes().stream().allMatch(g::isOrigin));
  }

  /**
   * Exact, when every player's nodes are origins: removing an origin only takes away the routes
   * that start there, so an opportunity is reached under a coalition S exactly when an origin no
   * player holds reaches it, or some player of S holds an origin that does. The game is then a sum
   * over the opportunities of "any of A_o" games, A_o being the players that reach o; in each, the
   * players outside A_o are null and those in it symmetric, so each gets w_o / |A_o| (symmetry,
   * efficiency and the null player axiom). An opportunity reached from an origin no player holds is
   * worth the same to every coalition: it goes to v(none). 64 players at a time share a pass in
   * topological order, each node carrying a word of the players it descends from: O((n + m) · ⌈p /
   * 64⌉), whatever the number of players.
   */
  Result unions() {
    int n = g.nodeCount();
    int p = players.size();
    int[] order = g.topologicalOrder();
    boolean[] held = new boolean[n];
    players.forEach(pl -> pl.nodes().forEach(v -> held[v] = true));
    boolean[] free = new boolean[n];
    for (int v : order) {
      free[v] = g.isOrigin(v) && !held[v];
      for (int k = 0; k < g.inDegree(v) && !free[v]; k++) {
        free[v] = free[g.in(v, k)];
      }
    }
    double without = 0;
    for (int v = 0; v < n; v++) {
      if (free[v] && counts(v)) {
        without += g.weight(v);
      }
    }
    int[] reachedBy = new int[n];
    for (int from = 0; from < p; from += Long.SIZE) {
      long[] words = words(order, from);
      for (int v = 0; v < n; v++) {
        reachedBy[v] += Long.bitCount(words[v]);
      }
    }
    double[] values = new double[p];
    for (int from = 0; from < p; from += Long.SIZE) {
      long[] words = words(order, from);
      for (int v = 0; v < n; v++) {
        if (free[v] || !counts(v) || words[v] == 0) {
          continue;
        }
        double share = g.weight(v) / reachedBy[v];
        for (long bits = words[v]; bits != 0; bits &= bits - 1) {
          values[from + Long.numberOfTrailingZeros(bits)] += share;
        }
      }
    }
    return new Result(values, new double[p], without, true, 0);
  }

  /** Whether a node's weight is in the game: a selected, counted opportunity something leads to. */
  private boolean counts(int v) {
    return selected[v] && g.isCounted(v) && !g.isOrigin(v);
  }

  /** For players from..from+63: the word of those each node descends from (or is held by). */
  private long[] words(int[] order, int from) {
    long[] words = new long[g.nodeCount()];
    for (int j = 0; j < Long.SIZE && from + j < players.size(); j++) {
      for (int v : players.get(from + j).nodes()) {
        words[v] |= 1L << j;
      }
    }
    for (int v : order) {
      for (int k = 0; k < g.inDegree(v); k++) {
        words[v] |= words[g.in(v, k)];
      }
    }
    return words;
  }

  Result sampled(int samples, Random random) {
    if (samples < 2) {
      throw new IllegalArgumentException("sampling needs at least 2 orders, was " + samples);
    }
    int p = players.size();
    int n = g.nodeCount();
    boolean[] playerNode = new boolean[n];
    players.forEach(pl -> pl.nodes().forEach(v -> playerNode[v] = true));
    boolean[] base = Survival.without(g, playerNode);
    double baseWorth = worth(base);
    double[] sum = new double[p];
    double[] sumSquares = new double[p];
    int[] order = new int[p];
    for (int i = 0; i < p; i++) {
      order[i] = i;
    }
    for (int t = 0; t < samples; t++) {
      shuffle(order, random);
      boolean[] alive = base.clone();
      boolean[] present = new boolean[n];
      for (int v = 0; v < n; v++) {
        present[v] = !playerNode[v];
      }
      for (int i : order) {
        double gain = join(players.get(i), alive, present);
        sum[i] += gain;
        sumSquares[i] += gain * gain;
      }
    }
    double[] values = new double[p];
    double[] errors = new double[p];
    for (int i = 0; i < p; i++) {
      double mean = sum[i] / samples;
      double variance = Math.max(0, (sumSquares[i] - samples * mean * mean) / (samples - 1));
      values[i] = mean;
      errors[i] = Math.sqrt(variance / samples);
    }
    return new Result(values, errors, baseWorth, false, samples);
  }

  /** Lets a player's nodes in and revives what they feed; returns the weight revived. */
  private double join(Player player, boolean[] alive, boolean[] present) {
    ArrayDeque<Integer> revived = new ArrayDeque<>();
    for (int v : player.nodes()) {
      if (present[v]) {
        continue;
      }
      present[v] = true;
      if (!alive[v] && (g.isOrigin(v) || hasAliveIn(v, alive))) {
        alive[v] = true;
        revived.add(v);
      }
    }
    double gain = 0;
    while (!revived.isEmpty()) {
      int v = revived.poll();
      if (selected[v] && g.isCounted(v) && !g.isOrigin(v)) {
        gain += g.weight(v);
      }
      for (int k = 0; k < g.outDegree(v); k++) {
        int w = g.out(v, k);
        if (present[w] && !alive[w]) {
          alive[w] = true;
          revived.add(w);
        }
      }
    }
    return gain;
  }

  private boolean hasAliveIn(int v, boolean[] alive) {
    for (int k = 0; k < g.inDegree(v); k++) {
      if (alive[g.in(v, k)]) {
        return true;
      }
    }
    return false;
  }

  private double worth(boolean[] alive) {
    double w = 0;
    for (int v = 0; v < g.nodeCount(); v++) {
      if (alive[v] && selected[v] && g.isCounted(v) && !g.isOrigin(v)) {
        w += g.weight(v);
      }
    }
    return w;
  }

  private List<List<Integer>> playersOfNodes() {
    List<List<Integer>> of = new ArrayList<>(g.nodeCount());
    for (int v = 0; v < g.nodeCount(); v++) {
      of.add(new ArrayList<>(0));
    }
    for (int i = 0; i < players.size(); i++) {
      for (int v : players.get(i).nodes()) {
        if (!of.get(v).contains(i)) {
          of.get(v).add(i);
        }
      }
    }
    return of;
  }

  private static void or(long[] into, long[] from) {
    for (int w = 0; w < into.length; w++) {
      into[w] |= from[w];
    }
  }

  private static void and(long[] into, long[] mask) {
    for (int w = 0; w < into.length; w++) {
      into[w] &= mask[w];
    }
  }

  private static double binomial(int n, int k) {
    double c = 1;
    for (int i = 1; i <= k; i++) {
      c = c * (n - k + i) / i;
    }
    return c;
  }

  private static void shuffle(int[] a, Random random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
