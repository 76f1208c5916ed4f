package networth.benchmarks;

import java.util.concurrent.TimeUnit;
import networth.analysis.attribution.Attribution;
import networth.analysis.attribution.Credits;
import networth.analysis.attribution.Model;
import networth.analysis.dominance.Dominators;
import networth.analysis.routes.RouteTable;
import networth.analysis.routes.RouteTotals;
import networth.analysis.whatif.WhatIf;
import networth.generate.NetworkGenerator;
import networth.graph.MapGraph;
import networth.model.NetworkMap;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The analysis kernels on a generated network, once the index is built. Run with {@code java -jar
 * benchmarks/target/benchmarks.jar}; sizes with {@code -p people=1000000 -p links=5000000 -p
 * opportunities=100000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {
      "-XX:+UseParallelGC",
      "-XX:+UseTransparentHugePages",
      "-XX:MaxTenuringThreshold=0",
      "-Xms3g",
      "-Xmx6g"
    })
public class AnalysisBenchmarks {

  @Param({"100000"})
  int people;

  @Param({"500000"})
  int links;

  @Param({"10000"})
  int opportunities;

  NetworkMap map;
  MapGraph graph;
  Attribution attribution;
  boolean[] all;
  boolean[] withoutFirstChannel;

  @Setup(Level.Trial)
  public void setUp() {
    map =
        new NetworkGenerator(people, links, opportunities, NetworkGenerator.CHANNELS_DEFAULT, 1)
            .generate();
    graph = MapGraph.of(map);
    attribution = new Attribution(graph);
    all = attribution.allOpportunities();
    withoutFirstChannel = new boolean[graph.nodeCount()];
    withoutFirstChannel[0] = true;
  }

  @Benchmark
  public MapGraph buildIndex() {
    return MapGraph.of(map);
  }

  @Benchmark
  public RouteTable routeProfiles() {
    return RouteTable.up(graph);
  }

  @Benchmark
  public RouteTotals routeTotals() {
    return RouteTotals.of(graph).orElseThrow();
  }

  @Benchmark
  public Credits linear() {
    return new Attribution(graph).credits(Model.LINEAR, all);
  }

  @Benchmark
  public Credits position() {
    return new Attribution(graph).credits(Model.POSITION, all);
  }

  @Benchmark
  public Credits last() {
    return new Attribution(graph).credits(Model.LAST, all);
  }

  @Benchmark
  public Credits first() {
    return new Attribution(graph).credits(Model.FIRST, all);
  }

  @Benchmark
  public Credits markov() {
    return new Attribution(graph).credits(Model.MARKOV, all);
  }

  @Benchmark
  public Credits timeDecay() {
    return attribution.credits(Model.TIME_DECAY, all);
  }

  @Benchmark
  public java.util.List<networth.analysis.connectors.Connectors.Connector> connectors() {
    return networth.analysis.connectors.Connectors.rank(graph, 20);
  }

  @Benchmark
  public double[] dominators() {
    return Dominators.of(graph).heldValue();
  }

  @Benchmark
  public WhatIf.Outcome whatIf() {
    return WhatIf.without(graph, withoutFirstChannel);
  }
}
