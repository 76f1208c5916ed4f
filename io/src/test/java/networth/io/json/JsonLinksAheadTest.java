package networth.io.json;

import static networth.io.fuzz.MutatedDocuments.places;
import static networth.io.fuzz.MutatedDocuments.said;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import networth.io.Locations;
import networth.io.ReadResult;
import networth.io.netmap.NetmapReader;
import networth.model.NetworkMap;
import org.junit.jupiter.api.Test;

/**
 * The links of a JSON map read ahead in parts on threads give what Jackson reading the text alone
 * gives: the same map, the same problems at the same places (paths, lines and columns), the same
 * places for nodes and links, whatever the parts' size, including one element a part; whatever
 * follows the plain links (an element that is not plain, a mistake of syntax, more lists) read as
 * if nothing had been read ahead.
 */
class JsonLinksAheadTest {

  /** The document read as text, and from its bytes with links read ahead in parts of each size. */
  private static void readsAsTheTextReads(String json) {
    ReadResult text = JsonMapReader.read("m.json", json);
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    for (int part = 1; part <= Math.min(bytes.length, 400); part++) {
      ReadResult ahead = JsonMapReader.read("m.json", bytes, 0, part);
      assertThat(said(ahead)).as("parts of %d bytes", part).isEqualTo(said(text));
      assertThat(ahead.map()).as("parts of %d bytes", part).isEqualTo(text.map());
      assertThat(places(ahead)).as("parts of %d bytes", part).isEqualTo(places(text));
    }
  }

  @Test
  void theSeedMapAsConvertWritesItIsReadAheadAsItsTextIsRead() throws IOException {
    String netmap = Files.readString(Path.of("..", "examples", "power-of-the-network.netmap"));
    String json = JsonMapWriter.write(NetmapReader.read("p.netmap", netmap).map());
    assertThat(json).contains("\"links\" : [ {");

    readsAsTheTextReads(json);
  }

  @Test
  void aMapAsConvertWritesItIsReadAheadToItsLastLinkInPartsOfAnySize() throws IOException {
    String netmap = Files.readString(Path.of("..", "examples", "power-of-the-network.netmap"));
    NetworkMap map = NetmapReader.read("p.netmap", netmap).map();
    byte[] json = JsonMapWriter.write(map).getBytes(StandardCharsets.UTF_8);
    int open = new String(json, StandardCharsets.ISO_8859_1).indexOf("\"links\" : [") + 10;
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < open; i++) {
      if (json[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    for (int part : List.of(1, 13, 200, 1 << 20)) {
      NetworkMap.Builder builder = NetworkMap.builder();
      map.nodes().forEach(builder::node);
      JsonPlaces places = new JsonPlaces("m.json", JsonColumns.ofBytes(json));

      JsonLinksAhead.Outcome read =
          new JsonLinksAhead(json, builder, new Locations(), places, "m.json", part)
              .read(open, line, open - lineStart + 1);

      assertThat(read.count()).as("parts of %d bytes", part).isEqualTo(map.links().size());
      assertThat(builder.linkCount()).isEqualTo(map.links().size());
      assertThat(new String(json, read.end(), 4, StandardCharsets.US_ASCII)).isEqualTo(" ],\n");
    }
  }

  @Test
  void aMapOnOneLineAfterAccentedTextIsPlacedInCharacters() {
    readsAsTheTextReads(
        "{\"title\":\"Café 北京\",\"nodes\":[{\"id\":\"a\",\"kind\":\"person\"},"
            + "{\"id\":\"b\",\"kind\":\"person\"},{\"id\":\"c\",\"kind\":\"client\"}],"
            + "\"links\":[{\"from\":\"a\",\"to\":\"b\"},{\"to\":\"c\",\"from\":\"b\","
            + "\"date\":\"2014-02\",\"kind\":\"introduced\"},{\"from\":\"c\",\"to\":\"zed\","
            + "\"note\":\"met }, {\\\"from\\\": at a fair\"},{\"from\":\"a\",\"to\":\"c\"}],"
            + "\"affiliations\":[{\"person\":\"a\",\"role\":\"works at\",\"organisation\":\"o\","
            + "\"since\":\"2014-13\"}]}");
  }

  @Test
  void linesEndedByCarriageReturnsAloneOrWithLineFeedsAreCountedAsJacksonCountsThem() {
    String lf =
        "{\n  \"nodes\" : [ {\"id\" : \"a\", \"kind\" : \"person\"}, {\"id\" : \"b\", \"kind\" :"
            + " \"client\"} ],\n  \"links\" : [ {\n    \"from\" : \"a\",\n    \"to\" : \"b\"\n"
            + "  }, {\n    \"from\" : \"b\",\n    \"to\" : \"ghost\",\n    \"date\" : \"2014\"\n"
            + "  }, {\n    \"from\" : \"a\",\n    \"to\" : \"b\",\n    \"kind\" : \"bogus kind\"\n"
            + "  } ],\n  \"oops\" : 1\n}\n";
    readsAsTheTextReads(lf);
    readsAsTheTextReads(lf.replace("\n", "\r\n"));
    readsAsTheTextReads(lf.replace("\n", "\r"));
  }

  @Test
  void whatIsNotPlainIsReadByJacksonAndPlacedWhereItStands() {
    // Each of these links is not plain: an escape, a letter beyond ASCII, attributes, a key twice,
    // a null, a number, a date that is no date, a blank end, a text where an object goes.
    List<String> odd =
        List.of(
            "{\"from\":\"a\",\"to\":\"b\",\"note\":\"say \\\"hi\\\"\"}",
            "{\"from\":\"a\",\"to\":\"b\",\"note\":\"café\"}",
            "{\"from\":\"a\",\"to\":\"b\",\"attributes\":{\"source\":\"x\"}}",
            "{\"from\":\"a\",\"to\":\"b\",\"to\":\"c\"}",
            "{\"from\":\"a\",\"to\":null}",
            "{\"from\":\"a\",\"to\":7}",
            "{\"from\":\"a\",\"to\":\"b\",\"date\":\"2014-13-01\"}",
            "{\"from\":\"  \",\"to\":\"b\"}",
            "\"a to b\"",
            "{\"from\":\"a\",\"to\":\"b\",\"weight\":\"2\"}");
    String plain = "{\"from\":\"b\",\"to\":\"a\",\"date\":\"2015-01-02\"}";
    for (String element : odd) {
      readsAsTheTextReads(
          "{\"nodes\":[{\"id\":\"a\",\"kind\":\"person\"},{\"id\":\"b\",\"kind\":\"client\"}],\n"
              + "\"links\":[\n"
              + plain
              + ",\n"
              + element
              + ",\n"
              + plain
              + "\n]}");
    }
  }

  @Test
  void mistakesOfSyntaxAfterThePlainLinksAreFoundAsWithoutReadingAhead() {
    String nodes = "{\"nodes\":[{\"id\":\"a\",\"kind\":\"person\"}],\n\"links\":[";
    String link = "{\"from\":\"a\",\"to\":\"a\"}";
    for (String rest :
        List.of(
            link + ",]}",
            link + "," + link + "}",
            link + " " + link + "]}",
            link + "]",
            link + "]}]",
            link + ",",
            link,
            link + "]} {}",
            link + "],\"links\":[" + link + "]}",
            link + "],\"nodes\":[]}")) {
      readsAsTheTextReads(nodes + rest);
    }
  }

  @Test
  void linksBeforeTheirNodesAreNumberedInTheOrderTheyAreMet() {
    readsAsTheTextReads(
        "{\"links\":[{\"from\":\"x\",\"to\":\"y\"},{\"from\":\"z\",\"to\":\"x\"},"
            + "{\"from\":\"y\",\"to\":\"w\",\"kind\":\"introduced\"}],\n"
            + "\"nodes\":[{\"id\":\"w\",\"kind\":\"client\"},{\"id\":\"x\",\"kind\":\"person\"}]}");
  }

  @Test
  void anArrayThatIsEmptyOrHoldsNoObjectIsReadByJackson() {
    readsAsTheTextReads("{\"links\":[]}");
    readsAsTheTextReads("{\"links\":[ 1, {\"from\":\"a\",\"to\":\"b\"} ]}");
    readsAsTheTextReads("{\"links\":{\"from\":\"a\",\"to\":\"b\"}}");
  }
}
