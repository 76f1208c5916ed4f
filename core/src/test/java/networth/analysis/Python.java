package networth.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a reference computation in python3 (networkx), for the tests that compare against one. */
public final class Python {

  private Python() {}

  /** Whether python3 can import the module. */
  public static boolean has(String module) {
    try {
      Process p =
          new ProcessBuilder("python3", "-c", "import " + module).redirectErrorStream(true).start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (Exception e) {
      return false;
    }
  }

  /** The lines the script prints for this standard input. */
  public static List<String> run(Path dir, String script, String input) throws Exception {
    Path file = Files.createTempFile(dir, "reference", ".py");
    Files.writeString(file, script);
    Process p = new ProcessBuilder("python3", file.toString()).start();
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
