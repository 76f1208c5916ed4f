package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code networth import gexf|graphml}: from the file to the map on disk, and back again. */
class ImportGraphsTest {

  private static final String YED =
      String.join(
          "\n",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>",
          "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
              + " xmlns:y=\"http://www.yworks.com/xml/graphml\">",
          "  <key attr.name=\"type\" attr.type=\"string\" for=\"node\" id=\"d4\"/>",
          "  <key for=\"node\" id=\"d6\" yfiles.type=\"nodegraphics\"/>",
          "  <key for=\"edge\" id=\"d10\" yfiles.type=\"edgegraphics\"/>",
          "  <graph edgedefault=\"directed\" id=\"G\">",
          "    <node id=\"n0\">",
          "      <data key=\"d4\">person</data>",
          "      <data key=\"d6\"><y:ShapeNode><y:NodeLabel>Emily Stone</y:NodeLabel></y:ShapeNode>"
              + "</data>",
          "    </node>",
          "    <node id=\"n1\">",
          "      <data key=\"d4\">client</data>",
          "      <data key=\"d6\"><y:ShapeNode><y:NodeLabel>Bloom Coffee</y:NodeLabel></y:ShapeNode>"
              + "</data>",
          "    </node>",
          "    <edge id=\"e0\" source=\"n0\" target=\"n1\">",
          "      <data key=\"d10\"><y:PolyLineEdge><y:EdgeLabel>referred</y:EdgeLabel>"
              + "</y:PolyLineEdge></data>",
          "    </edge>",
          "  </graph>",
          "</graphml>",
          "");

  @Test
  void aYedDrawingBecomesAMapAndImportingItAgainChangesNothing(@TempDir Path dir) throws Exception {
    Path graph = Files.writeString(dir.resolve("drawing.graphml"), YED);
    Path map = dir.resolve("network.netmap");
    Run first = Run.of("import", "graphml", graph.toString(), "--into", map.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).contains("added      1 person, 1 client, 1 link");
    String written = Files.readString(map);
    assertThat(written)
        .contains("person \"Emily Stone\"")
        .contains("client \"Bloom Coffee\"")
        .contains("\"Emily Stone\" -[referred")
        // The node's element starts on line 7 of the file.
        .contains("source=\"" + graph + " row 7\"");
    byte[] before = Files.readAllBytes(map);

    Run again = Run.of("import", "graphml", graph.toString(), "--into", map.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out()).contains("added      nothing");
    assertThat(Files.readAllBytes(map)).isEqualTo(before);
  }

  @Test
  void aMalformedGraphLeavesTheMapByteForByteAsItWas(@TempDir Path dir) throws Exception {
    Path map = dir.resolve("network.netmap");
    Files.writeString(map, "person \"Emily Stone\"\nclient Bloom\n\"Emily Stone\" -> Bloom\n");
    byte[] before = Files.readAllBytes(map);
    Path gexf =
        Files.writeString(
            dir.resolve("network.gexf"),
            String.join(
                "\n",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">",
                "  <graph defaultedgetype=\"directed\">",
                "    <nodes><node id=\"0\" label=\"Roger Hale\"/></nodes>",
                "    <edges><edge id=\"0\" source=\"0\" target=\"9\"/></edges>",
                "  </graph>",
                "</gexf>",
                ""));
    Run run = Run.of("import", "gexf", gexf.toString(), "--into", map.toString());
    assertThat(run.exit()).isEqualTo(1);
    // Line 5: four spaces, <edges> (7), <edge (6 and a space), id="0" (7 and a space) and
    // source="0" (10 and a space) come before target="9" at column 4 + 7 + 6 + 7 + 11 + 1 = 36.
    assertThat(run.err())
        .contains(gexf + ":5:36: error: edge '0' goes to '9', which no node declares")
        .doesNotContain("Exception");
    assertThat(Files.readAllBytes(map)).isEqualTo(before);

    // The same drawing given to the other importer says which one to use.
    Run wrong = Run.of("import", "graphml", gexf.toString(), "--into", map.toString());
    assertThat(wrong.exit()).isEqualTo(1);
    assertThat(wrong.err()).contains("import it with `networth import gexf " + gexf + "`");
    assertThat(Files.readAllBytes(map)).isEqualTo(before);
  }
}
