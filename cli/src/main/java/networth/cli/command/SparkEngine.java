package networth.cli.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;

/**
 * {@code networth journeys --engine spark}: the journeys handed to the Spark module's own jar
 * ({@code networth-spark.jar}, docs/spark.md), started as a second Java process. Spark brings a
 * Jackson and a Guava of its own that would clash with this command's, so it never shares this
 * process's classes; the jar names the JVM options Spark needs in its manifest, and its table comes
 * back on this command's standard output, its exit code as this command's.
 */
final class SparkEngine {

  /** The manifest entry holding the JVM options Spark needs (spark/pom.xml). */
  static final String JVM_OPTIONS = "Networth-Jvm-Options";

  private SparkEngine() {}

  /**
   * Where the Spark module's jar is: {@code --spark-jar}, else {@code NETWORTH_SPARK_JAR}, else
   * beside this build's own jar ({@code spark/target/networth-spark.jar} in the source tree).
   */
  static Path jar(Optional<Path> given) {
    if (given.isPresent()) {
      return given.get();
    }
    String env = System.getenv("NETWORTH_SPARK_JAR");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    try {
      Path here =
          Path.of(SparkEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // cli/target/networth.jar, or cli/target/classes: three levels up is the source tree.
      Path root = here.getParent().getParent().getParent();
      return root.resolve("spark/target/networth-spark.jar");
    } catch (Exception e) {
      return Path.of("spark/target/networth-spark.jar");
    }
  }

  /** Runs the jar with {@code args}; its output goes to {@code out} and {@code err}. */
  static int run(Path jar, List<String> args, PrintWriter out, PrintWriter err)
      throws IOException, InterruptedException {
    if (!Files.isRegularFile(jar)) {
      throw new BadArgumentException(
          "--engine spark needs the Spark module's jar, not found at "
              + jar
              + ": build it with ./mvnw -pl spark -am package -DskipTests, or name it with"
              + " --spark-jar or NETWORTH_SPARK_JAR (docs/spark.md)");
    }
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    // Its output is read as UTF-8 (copy), so it writes UTF-8 whatever the locale: the default
    // charset on Java 17 (from the locale unless file.encoding says), the streams' from Java 19 on.
    command.addAll(
        List.of("-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8"));
    command.addAll(jvmOptions(jar));
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command);
    // A local master binds to the loopback only (docs/spark.md).
    pb.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
    pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
    Process p = pb.start();
    Thread errors = new Thread(() -> copy(p.getErrorStream(), err), "networth-spark stderr");
    errors.start();
    copy(p.getInputStream(), out);
    int code = p.waitFor();
    errors.join();
    return code;
  }

  private static List<String> jvmOptions(Path jar) throws IOException {
    try (JarFile f = new JarFile(jar.toFile())) {
      String options =
          f.getManifest() == null
              ? null
              : f.getManifest().getMainAttributes().getValue(JVM_OPTIONS);
      return options == null || options.isBlank()
          ? List.of()
          : Arrays.asList(options.trim().split("\\s+"));
    } catch (IOException e) {
      throw new BadArgumentException(jar + " is not a readable jar: " + e.getMessage());
    }
  }

  private static void copy(InputStream in, PrintWriter to) {
    try (java.io.Reader s = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
      char[] buffer = new char[8192];
      for (int n; (n = s.read(buffer)) > 0; ) {
        synchronized (to) {
          to.write(buffer, 0, n);
          to.flush();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
