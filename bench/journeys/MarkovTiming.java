// Times the Markov model's counting and exact solution on generated journeys.
//
// Usage (from the repository root):
//   ./mvnw -o -q -pl journeys -am package -DskipTests
//   JAVA_OPTS=-Xmx4g bench/journeys/markov-timing.sh [JOURNEYS] [ORDERS]
// e.g. bench/journeys/markov-timing.sh 10000000 1,2
//
// Journeys are drawn from a fixed seed: 12 channels with uneven popularity, 1 to 12 touches
// (about 6 on average), converting with a chance that grows with the touches and with two of
// the channels, each conversion worth 5 to 200. They are grouped into a path table as a reader
// would (one add per journey), then counted and solved at each order.
import java.util.List;
import java.util.SplittableRandom;
import networth.journeys.PathTable;
import networth.journeys.markov.MarkovChain;
import networth.journeys.markov.MarkovCounting;
import networth.journeys.markov.MarkovModel;
import networth.journeys.markov.MarkovResult;

public class MarkovTiming {
  public static void main(String[] args) {
    long journeys = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
    String[] orders = (args.length > 1 ? args[1] : "1,2").split(",");
    String[] names = {
      "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
      "lambda", "mi"
    };
    double[] weight = {9, 11, 1, 0.5, 2, 1.5, 10, 5, 15, 1, 4, 0.2};
    double[] cumulative = new double[weight.length];
    double sum = 0;
    for (int i = 0; i < weight.length; i++) {
      sum += weight[i];
      cumulative[i] = sum;
    }
    SplittableRandom random = new SplittableRandom(20261201);
    long t0 = System.nanoTime();
    PathTable.Builder b = PathTable.builder();
    for (String n : names) {
      b.channel(n);
    }
    long touches = 0;
    for (long j = 0; j < journeys; j++) {
      int length = 1 + Math.min(11, (int) (-Math.log(1 - random.nextDouble()) * 5));
      int[] path = new int[length];
      double chance = 0.02 + 0.01 * length;
      for (int k = 0; k < length; k++) {
        double u = random.nextDouble() * sum;
        int c = 0;
        while (cumulative[c] < u) {
          c++;
        }
        path[k] = c;
        if (c == 8 || c == 4) {
          chance += 0.02;
        }
      }
      touches += length;
      boolean converted = random.nextDouble() < chance;
      b.add(path, converted ? 1 : 0, converted ? 5 + random.nextDouble() * 195 : 0, converted ? 0 : 1);
    }
    PathTable table = b.build();
    long t1 = System.nanoTime();
    System.out.printf(
        "generated %,d journeys, %,d touches, %,d distinct paths in %.1f s; heap used %,d MiB%n",
        journeys, touches, table.size(), (t1 - t0) / 1e9, used());
    for (String o : orders) {
      int order = Integer.parseInt(o.trim());
      long c0 = System.nanoTime();
      long u0 = cpu();
      MarkovChain chain = MarkovCounting.count(table, order);
      long c1 = System.nanoTime();
      long u1 = cpu();
      MarkovResult r = MarkovModel.exact(chain);
      long c2 = System.nanoTime();
      long u2 = cpu();
      System.out.printf(
          "order %d: %,d states; counting %.2f s (cpu %.2f s), solving %.3f s (cpu %.3f s);"
              + " P(conversion) %.6f; heap used %,d MiB%n",
          order, chain.states().size(), (c1 - c0) / 1e9, (u1 - u0) / 1e9, (c2 - c1) / 1e9,
          (u2 - u1) / 1e9, r.conversionProbability(), used());
      List.of(r.credits().get(0), r.credits().get(8)).forEach(x -> System.out.println("  " + x));
    }
  }

  /** This thread's CPU time: the machine may be shared, and wall time then says little. */
  private static long cpu() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static long used() {
    Runtime rt = Runtime.getRuntime();
    return (rt.totalMemory() - rt.freeMemory()) >> 20;
  }
}
