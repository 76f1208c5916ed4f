package networth.io.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import networth.diagnostics.Problem;
import networth.io.MapFiles;
import networth.io.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An attribute with a blank key was read from a map file and from JSON, then written to the CSV
 * pair under a blank header cell, which holds no column: the attribute was lost. It is refused in
 * every form, where its node or link stands.
 */
class BlankAttributeKeysTest {

  @TempDir Path dir;

  private ReadResult read(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return MapFiles.read(List.of(file));
  }

  @Test
  void aBlankKeyOfANodeOrALinkIsRefusedWhereItStands() throws IOException {
    List<Problem> netmap =
        read("m.netmap", "person A \"\"=x\nperson B\nA -[\"  \"=y]-> B\n").errors();
    assertThat(netmap)
        .extracting(p -> p.position().line() + " " + p.message())
        .containsExactly(
            "1 an attribute of 'A' has a blank key",
            "3 an attribute of the link A -> B has a blank key");
    assertThat(netmap.get(0).hint())
        .isEqualTo("give the attribute a name (key=value), or remove it");

    List<Problem> json =
        read(
                "m.json",
                "{\"nodes\": [\n  {\"id\": \"A\", \"kind\": \"person\"},\n"
                    + "  {\"id\": \"B\", \"kind\": \"person\", \"attributes\": {\"\": \"x\"}}\n]}")
            .errors();
    assertThat(json)
        .extracting(p -> p.position().line() + " " + p.message())
        .containsExactly("3 an attribute of 'B' has a blank key");
  }

  @Test
  void aKeyWithBlanksAroundItIsAName() throws IOException {
    ReadResult r = read("m.netmap", "person A \"  padded  \"=x\n");
    assertThat(r.errors()).isEmpty();
    assertThat(r.map().nodes().get(0).attributes()).containsEntry("  padded  ", "x");
  }
}
