package networth.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import networth.io.ReadResult;
import networth.io.netmap.NetmapReader;
import networth.model.NetworkMap;

/** Maps for the tests, written as map files so that a reader sees what each test starts from. */
final class Maps {

  private Maps() {}

  /** The map a map file's text describes; it must have no errors. */
  static NetworkMap of(String... lines) {
    String text = String.join("\n", lines) + "\n";
    ReadResult read = NetmapReader.read("test.netmap", text);
    assertThat(read.problems().stream().filter(p -> p.severity().name().equals("ERROR")))
        .as(text)
        .isEmpty();
    return read.map();
  }

  /** One of the examples in the project's {@code examples} folder. */
  static NetworkMap example(String name) {
    Path file = Path.of("..", "examples", name);
    try {
      ReadResult read = NetmapReader.read(file.toString(), Files.readString(file));
      return read.map();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The small story most tests start from: every node declared, so additions go last. */
  static final String[] STORY = {
    "title \"How work came\"",
    "currency GBP",
    "group social = LinkedIn",
    "channel LinkedIn cost 300 hours 40",
    "person Emily since 2011",
    "person Roger",
    "organisation Cielo",
    "client \"Client 1\" value 50k won 2014-03",
    "LinkedIn -> Emily : she found me",
    "Emily -[introduced]-> Roger",
    "Roger -> \"Client 1\"",
    "Roger works at Cielo",
  };

  /** The story with more lines after its own. */
  static String[] story(String... more) {
    String[] all = new String[STORY.length + more.length];
    System.arraycopy(STORY, 0, all, 0, STORY.length);
    System.arraycopy(more, 0, all, STORY.length, more.length);
    return all;
  }
}
