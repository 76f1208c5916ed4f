package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render} on maps beyond the layered layout: a picture and a sentence, never a trace. */
class RenderLargeMapTest {

  @Test
  void aHubWithSixteenThousandLinksIsDrawnInColumnsAndSaysSo(@TempDir Path dir) throws Exception {
    StringBuilder map = new StringBuilder("title \"Star\"\nchannel hub\n");
    for (int i = 0; i < 16_000; i++) {
      map.append("person p").append(i).append('\n');
    }
    for (int i = 0; i < 16_000; i++) {
      map.append("hub -> p").append(i).append('\n');
    }
    Path file = Files.writeString(dir.resolve("star.netmap"), map);
    Path svg = dir.resolve("star.svg");
    Run run = Run.of("render", file.toString(), "-o", svg.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err())
        .isEqualTo(
            "networth: the map has 16,001 nodes and 16,000 links, more than the layered layout"
                + " draws in good time (16,000 in all): drawn in columns instead, links straight;"
                + " --focus NODE --depth N draws a part of it in layers\n");
    assertThat(run.out()).isEqualTo("wrote " + svg + "\n");
    String drawn = Files.readString(svg);
    assertThat(drawn).endsWith("</svg>\n").contains(">p15999</text>");
  }
}
