package networth.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import networth.model.Link;
import networth.model.NetworkMap;
import networth.render.layout.LayeredLayout;
import networth.render.layout.Picture;
import networth.render.svg.SvgWriter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgWriterTest {

  @Test
  void theSvgIsWellFormedWithANodeGroupPerNodeAndAPathPerDistinctLink() throws Exception {
    NetworkMap map = Story.map();
    Document d = Xml.parse(SvgWriter.write(map));
    NodeList groups = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
    int nodes = 0;
    for (int i = 0; i < groups.getLength(); i++) {
      if (((Element) groups.item(i)).getAttribute("class").startsWith("node ")) {
        nodes++;
      }
    }
    assertThat(nodes).isEqualTo(map.nodes().size());
    NodeList paths = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path");
    int links = 0;
    for (int i = 0; i < paths.getLength(); i++) {
      if (((Element) paths.item(i)).getAttribute("class").equals("link")) {
        links++;
      }
    }
    assertThat(links).as("the repeated link is drawn once").isEqualTo(5);
  }

  @Test
  void hostileLabelsAndNotesAreText() throws Exception {
    String svg = SvgWriter.write(Story.map());
    assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;").doesNotContain("<via>");
    Document d = Xml.parse(svg);
    NodeList titles = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title");
    boolean found = false;
    for (int i = 0; i < titles.getLength(); i++) {
      found |= titles.item(i).getTextContent().equals("Emily — " + Story.HOSTILE);
    }
    assertThat(found).as("Emily's note, as text, in her tooltip").isTrue();
  }

  @Test
  void theSamePictureEveryTime() {
    assertThat(SvgWriter.write(Story.map())).isEqualTo(SvgWriter.write(Story.map()));
  }

  @Test
  void originsOnTheLeftOpportunitiesOnTheRight() {
    NetworkMap map = Story.map();
    Picture p = LayeredLayout.of(map);
    Map<String, Picture.Box> box = new HashMap<>();
    p.boxes().forEach(b -> box.put(map.nodes().get(b.node()).id(), b));
    for (Picture.Path path : p.paths()) {
      Link l = map.links().get(path.link());
      assertThat(box.get(l.to()).x())
          .as(l.toString())
          .isGreaterThan(box.get(l.from()).x() + box.get(l.from()).width());
    }
    // No two boxes overlap.
    for (Picture.Box a : p.boxes()) {
      for (Picture.Box b : p.boxes()) {
        if (a != b) {
          boolean apart =
              a.x() + a.width() <= b.x()
                  || b.x() + b.width() <= a.x()
                  || a.y() + a.height() <= b.y()
                  || b.y() + b.height() <= a.y();
          assertThat(apart).isTrue();
        }
      }
    }
  }

  @Test
  void theLegendNamesEveryKindAndGroupShown() {
    String svg = SvgWriter.write(Story.map());
    String legend = svg.substring(svg.indexOf("<g class=\"legend\""));
    for (String word :
        List.of(
            ">channel<",
            ">person<",
            ">organisation<",
            ">client<",
            ">prospect<",
            ">group social<")) {
      assertThat(legend).contains(word);
    }
    assertThat(legend).doesNotContain(">event<");
  }

  @Test
  void longLabelsWrapAtSpacesAndLongWordsAreCut() {
    assertThat(LayeredLayout.wrap("IT Directors' Forum (as speaker)", 22))
        .containsExactly("IT Directors' Forum", "(as speaker)");
    assertThat(LayeredLayout.wrap("Supercalifragilisticexpialidocious", 10))
        .containsExactly("Supercalif", "ragilistic", "expialidoc", "ious");
    assertThat(LayeredLayout.wrap("", 10)).containsExactly("");
  }
}
