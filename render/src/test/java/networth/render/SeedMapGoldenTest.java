package networth.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import networth.io.MapFiles;
import networth.render.svg.SvgWriter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The structure of the blog post's map as drawn (not its pixels or coordinates): every node with
 * its kind, emphasis, group markers and text, every link with its note as wrapped, the title, the
 * headline and the legend, compared with a reviewed outline in {@code src/test/resources/golden}. A
 * change that alters what the picture says shows here as a readable diff; to accept one on purpose,
 * run with {@code -Dgolden.update=true} and review the outline's diff before committing it.
 */
class SeedMapGoldenTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden/power-of-the-network.svg.txt");

  @Test
  void theSeedMapSaysWhatTheReviewedOutlineSays() throws Exception {
    var map = MapFiles.read(List.of(Path.of("../examples/power-of-the-network.netmap"))).map();
    String outline = outline(Xml.parse(SvgWriter.write(map)));
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, outline, StandardCharsets.UTF_8);
    }
    assertThat(outline).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  /** What the picture says, a line per element that says something, in drawing order. */
  static String outline(Document svg) {
    List<String> lines = new ArrayList<>();
    walk(svg.getDocumentElement(), lines);
    return String.join("\n", lines) + "\n";
  }

  private static void walk(Element e, List<String> lines) {
    String cls = e.getAttribute("class");
    switch (e.getLocalName()) {
      case "text" -> {
        if (cls.equals("title") || cls.equals("headline")) {
          lines.add(cls + ": " + ownText(e));
          return;
        }
        if (cls.equals("note")) {
          lines.add(
              "  note on "
                  + e.getAttribute("data-from")
                  + " -> "
                  + e.getAttribute("data-to")
                  + ": "
                  + lines(e));
          return;
        }
      }
      case "path" -> {
        if (cls.equals("link")) {
          lines.add("link " + e.getAttribute("data-from") + " -> " + e.getAttribute("data-to"));
          return;
        }
      }
      case "g" -> {
        if (cls.startsWith("node")) {
          List<String> text = new ArrayList<>();
          List<String> markers = new ArrayList<>();
          List<String> shapes = new ArrayList<>();
          NodeList children = e.getChildNodes();
          for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element c) {
              switch (c.getLocalName()) {
                case "text" -> text.add(c.getTextContent());
                case "circle" -> markers.add(c.getAttribute("fill"));
                case "title" -> {}
                default -> shapes.add(c.getLocalName());
              }
            }
          }
          lines.add(
              "node "
                  + e.getAttribute("data-id")
                  + " ["
                  + cls
                  + "] "
                  + String.join("+", shapes)
                  + " text="
                  + text
                  + (markers.isEmpty() ? "" : " groups=" + markers));
          return;
        }
        if (cls.equals("legend")) {
          List<String> entries = new ArrayList<>();
          NodeList texts = e.getElementsByTagNameNS("*", "text");
          for (int i = 0; i < texts.getLength(); i++) {
            entries.add(texts.item(i).getTextContent());
          }
          lines.add("legend: " + String.join(" | ", entries));
          return;
        }
      }
      default -> {}
    }
    NodeList children = e.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element c) {
        walk(c, lines);
      }
    }
  }

  /** A wrapped text's lines, joined by " / " so that the outline shows where it wraps. */
  private static String lines(Element e) {
    List<String> lines = new ArrayList<>();
    NodeList spans = e.getElementsByTagNameNS("*", "tspan");
    for (int i = 0; i < spans.getLength(); i++) {
      lines.add(spans.item(i).getTextContent());
    }
    return String.join(" / ", lines);
  }

  /** The element's own text, without that of a tooltip inside it. */
  private static String ownText(Element e) {
    StringBuilder s = new StringBuilder();
    NodeList children = e.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node c = children.item(i);
      if (c.getNodeType() == Node.TEXT_NODE) {
        s.append(c.getNodeValue());
      }
    }
    return s.toString();
  }
}
