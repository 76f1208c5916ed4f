package networth.imports.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import networth.io.ReadResult;
import networth.io.check.MapChecker;
import networth.io.netmap.NetmapReader;

/** Maps for the tests, read from .netmap text as a user would write them. */
final class Maps {

  private Maps() {}

  static ReadResult read(String text) {
    ReadResult r = MapChecker.check(NetmapReader.read("test.netmap", text), "test.netmap");
    assertThat(r.errors()).as("the test's map reads without errors").isEmpty();
    return r;
  }

  /** The seed example: the consultant's drawing. */
  static String seed() throws IOException {
    Path p = Path.of("..", "examples", "power-of-the-network.netmap");
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  /** The seed plus Andy Carter, as a LinkedIn export brings him in: at Cielo, no links. */
  static String seedWithAndyCarter() throws IOException {
    return seed()
        + "\nperson \"Andy Carter\" url=\"https://www.linkedin.com/in/andy-carter\""
        + "\n\"Andy Carter\" works at Cielo\n";
  }
}
