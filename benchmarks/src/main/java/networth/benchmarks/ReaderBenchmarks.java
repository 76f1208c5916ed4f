package networth.benchmarks;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import networth.generate.NetworkGenerator;
import networth.io.Layout;
import networth.io.MapFiles;
import networth.io.Progress;
import networth.io.ReadResult;
import networth.io.SourceLines;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A map read for an analysis (read and checked, without its layout) from each of its forms, once
 * the compiler has made the readers fast: beside the whole-process figures, where the compiling
 * itself is part of the time, what each reader's own work costs. And the `.netmap`'s line breaks
 * found alone, the pass that comes before anything else reads it. Run with {@code java -jar
 * benchmarks/target/benchmarks.jar ReaderBenchmarks}; on files of one's own with {@code -p
 * data=DIR} (the CSV pair in {@code DIR/csv}, {@code DIR/map.netmap}, {@code DIR/map.json}, as
 * {@code bench/large/run.sh} makes them), else on a network generated with {@code -p people=… -p
 * links=… -p opportunities=…}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {
      "-XX:+UseParallelGC",
      "-Xmn160m",
      "-XX:MaxTenuringThreshold=0",
      "-XX:FreqInlineSize=100",
      "-Xms3g",
      "-Xmx6g"
    })
public class ReaderBenchmarks {

  @Param({""})
  String data;

  @Param({"100000"})
  int people;

  @Param({"500000"})
  int links;

  @Param({"10000"})
  int opportunities;

  private Path generated;
  private Path csv;
  private Path netmap;
  private Path json;
  private FileChannel netmapFile;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    if (data.isEmpty()) {
      NetworkMap map =
          new NetworkGenerator(people, links, opportunities, NetworkGenerator.CHANNELS_DEFAULT, 1)
              .generate();
      generated = Files.createTempDirectory("networth-readers");
      csv = generated.resolve("csv");
      netmap = generated.resolve("map.netmap");
      json = generated.resolve("map.json");
      MapFiles.write(map, Layout.NONE, Path.of(csv + "/"));
      MapFiles.write(map, Layout.NONE, netmap);
      MapFiles.write(map, Layout.NONE, json);
    } else {
      csv = Path.of(data, "csv");
      netmap = Path.of(data, "map.netmap");
      json = Path.of(data, "map.json");
    }
    netmapFile = FileChannel.open(netmap);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    netmapFile.close();
    if (generated != null) {
      try (Stream<Path> files = Files.walk(generated)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  @Benchmark
  public ReadResult csvPair() throws IOException {
    return MapFiles.readForAnalysis(List.of(csv), Progress.NONE);
  }

  @Benchmark
  public ReadResult netmap() throws IOException {
    return MapFiles.readForAnalysis(List.of(netmap), Progress.NONE);
  }

  @Benchmark
  public ReadResult json() throws IOException {
    return MapFiles.readForAnalysis(List.of(json), Progress.NONE);
  }

  @Benchmark
  public int netmapLineBreaks() throws IOException {
    return SourceLines.inFile(netmapFile, (int) netmapFile.size()).size();
  }
}
