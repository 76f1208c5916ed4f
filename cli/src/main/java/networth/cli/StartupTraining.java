package networth.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The run the launcher records a class data sharing archive from ({@code -XX:ArchiveClassesAtExit},
 * see docs/architecture.md, "Start-up"): the commands people run most, on the example map, so that
 * the classes they load (picocli, the readers, the engine, ELK, the report's writers, Jackson) are
 * mapped from the archive, already parsed and verified, instead of read from the jar on every run.
 * Prints nothing; its outputs go to a temporary folder, removed after.
 */
public final class StartupTraining {

  private StartupTraining() {}

  /** {@code args[0]}: the map to run the commands on. */
  public static void main(String[] args) throws IOException {
    String map = args[0];
    Path dir = Files.createTempDirectory("networth-training");
    try {
      PrintWriter quiet = new PrintWriter(Writer.nullWriter());
      List<List<String>> runs =
          List.of(
              List.of("check", map),
              List.of("summary", map),
              List.of("critical", map, "--format", "json"),
              List.of("attribute", map),
              List.of("render", map, "-o", dir.resolve("map.svg").toString()),
              List.of("convert", map, "-o", dir.resolve("sheets").toString()),
              List.of("summary", dir.resolve("sheets").toString()),
              List.of("report", map, "-o", dir.resolve("report.html").toString()));
      for (List<String> run : runs) {
        Networth.run(quiet, quiet, run.toArray(String[]::new));
      }
    } finally {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
