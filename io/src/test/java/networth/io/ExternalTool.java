package networth.io;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A program from outside the build that a test checks against (Graphviz, Chromium, networkx). On a
 * developer's machine without it the test is skipped with the message; under continuous integration
 * ({@code CI} set), where {@code .ci/run} installs it, its absence fails the test instead of
 * letting the check pass unseen.
 */
public final class ExternalTool {

  private ExternalTool() {}

  /** Goes on when the tool is there; else skips, or fails under CI. */
  public static void need(boolean available, String missing) {
    if (available) {
      return;
    }
    if (System.getenv("CI") != null) {
      fail(missing + " (required under CI: .ci/run installs it)");
    }
    assumeTrue(false, missing);
  }
}
