package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code networth journeys --engine spark} hands the journeys to the Spark module's jar in a second
 * Java process. Here a stand-in jar takes its place (the real one is tested in the spark module):
 * what matters is the command line it is given, the JVM options its manifest names, and that its
 * output and exit code reach the user as the command's own.
 */
class JourneysOnSparkTest {

  @TempDir Path dir;

  private Path standIn() throws Exception {
    Manifest m = new Manifest();
    m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, SparkStandIn.class.getName());
    m.getMainAttributes().putValue("Networth-Jvm-Options", "-Dnetworth.standin=yes -Xmx256m");
    Path jar = dir.resolve("networth-spark.jar");
    String entry = SparkStandIn.class.getName().replace('.', '/') + ".class";
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, m)) {
      out.putNextEntry(new JarEntry(entry));
      try (var in = SparkStandIn.class.getClassLoader().getResourceAsStream(entry)) {
        in.transferTo(out);
      }
      out.closeEntry();
    }
    return jar;
  }

  @Test
  void theJarIsStartedWithItsOptionsAndTheSharedArgumentsAndAnswersForTheCommand()
      throws Exception {
    Path jar = standIn();
    Run run =
        Run.of(
            "journeys",
            "paths.csv",
            "--engine",
            "spark",
            "--spark-jar",
            jar.toString(),
            "--master",
            "local[2]",
            "--model",
            "markov",
            "--order",
            "2",
            "--nulls-column",
            "lost",
            "--skip-bad-rows",
            "--format",
            "csv");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().lines().toList())
        .containsExactly(
            "option=yes",
            "local ip=127.0.0.1",
            "paths.csv",
            "--model",
            "markov",
            "--order",
            "2",
            "--master",
            "local[2]",
            "--path-column",
            "path",
            "--conversions-column",
            "total_conversions",
            "--null-column",
            "lost",
            "--skip-bad-rows",
            "--format",
            "csv");
    assertThat(run.err()).contains("a line on standard error: é");
    Run bad = Run.of("journeys", "bad.csv", "--engine", "spark", "--spark-jar", jar.toString());
    assertThat(bad.exit()).isEqualTo(ExitCodes.INPUT_PROBLEMS);
    assertThat(bad.out()).contains("local[*]").contains("heuristics").doesNotContain("--order");
  }

  @Test
  void whatSparkCannotDoIsRefusedBeforeAnythingStarts() throws Exception {
    Path missing = dir.resolve("nowhere.jar");
    Run noJar = Run.of("journeys", "p.csv", "--engine", "spark", "--spark-jar", missing.toString());
    assertThat(noJar.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(noJar.err())
        .contains("needs the Spark module's jar, not found at " + missing)
        .contains("./mvnw -pl spark -am package");
    Run shapley = Run.of("journeys", "p.csv", "--engine", "spark", "--model", "shapley");
    assertThat(shapley.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(shapley.err()).contains("--engine spark computes --model heuristics or markov");
    Run auto =
        Run.of("journeys", "p.csv", "--engine", "spark", "--model", "markov", "--order", "auto");
    assertThat(auto.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(auto.err()).contains("a fixed --order K");
    Run stdin = Run.of("journeys", "-", "--engine", "spark");
    assertThat(stdin.exit()).isEqualTo(ExitCodes.USAGE);
    Run engine = Run.of("journeys", "p.csv", "--engine", "flink");
    assertThat(engine.err()).contains("--engine flink: give local or spark");
    Run master = Run.of("journeys", "p.csv", "--master", "local[2]");
    assertThat(master.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(master.err()).contains("--master is for --engine spark only");
  }
}
