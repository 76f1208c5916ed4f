package networth.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a reference computation in Python (networkx), for the tests that compare against one. On a
 * developer's machine without it those tests are skipped with a message; under continuous
 * integration ({@code CI} set), where {@code .ci/run} installs it, a missing reference fails the
 * run instead of passing silently.
 */
public final class Python {

  /** The interpreters tried, in order: the one on the path, then Debian's. */
  private static final List<String> INTERPRETERS = List.of("python3", "/usr/bin/python3");

  private Python() {}

  /** Skips the test (or, under CI, fails it) unless some python3 can import the module. */
  public static void require(String module) {
    if (interpreter(module).isPresent()) {
      return;
    }
    String message = "python3 with " + module + " is not installed";
    if (System.getenv("CI") != null) {
      fail(message + ": .ci/run installs it (python3-" + module + ")");
    }
    assumeTrue(false, message + ": the reference check is skipped");
  }

  /** The first python3 that can import the module. */
  private static Optional<String> interpreter(String module) {
    for (String python : INTERPRETERS) {
      try {
        Process p =
            new ProcessBuilder(python, "-c", "import " + module).redirectErrorStream(true).start();
        if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
          return Optional.of(python);
        }
      } catch (Exception e) {
        // Not installed: try the next one.
      }
    }
    return Optional.empty();
  }

  /** The lines the script prints for this standard input, run by a python3 that has networkx. */
  public static List<String> run(Path dir, String script, String input) throws Exception {
    Path file = Files.createTempFile(dir, "reference", ".py");
    Files.writeString(file, script);
    String python = interpreter("networkx").orElse("python3");
    Process p = new ProcessBuilder(python, file.toString()).start();
    p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue())
        .as(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
        .isZero();
    return out.lines().toList();
  }
}
