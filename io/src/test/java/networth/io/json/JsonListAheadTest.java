package networth.io.json;

import static networth.io.fuzz.MutatedDocuments.places;
import static networth.io.fuzz.MutatedDocuments.said;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import networth.io.InputFileException;
import networth.io.Locations;
import networth.io.ReadResult;
import networth.io.netmap.NetmapReader;
import networth.model.NetworkMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nodes and links of a JSON map read ahead in parts on threads give what Jackson reading the
 * text alone gives: the same map, the same problems at the same places (paths, lines and columns),
 * the same places for nodes and links, whatever the parts' size, including one element a part;
 * whatever follows the plain links (an element that is not plain, a mistake of syntax, more lists)
 * read as if nothing had been read ahead.
 */
class JsonListAheadTest {

  @TempDir Path dir;

  /**
   * The document read as text; from its bytes with links read ahead in parts of each size; and from
   * its file, read where it stands (as a large file is), in parts of a few sizes.
   */
  private void readsAsTheTextReads(String json) throws IOException {
    ReadResult text = JsonMapReader.read("m.json", json);
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    for (int part = 1; part <= Math.min(bytes.length, 400); part++) {
      sameAs(text, JsonMapReader.read("m.json", bytes, 0, part), "parts of " + part + " bytes");
    }
    Path file = Files.write(dir.resolve("m.json"), bytes);
    for (int part : List.of(1, 2, 7, 64, 400)) {
      sameAs(text, JsonMapReader.read("m.json", file, 0, 0, part), "streamed, parts of " + part);
    }
  }

  private static void sameAs(ReadResult expected, ReadResult read, String how) {
    assertThat(said(read)).as(how).isEqualTo(said(expected));
    assertThat(read.map()).as(how).isEqualTo(expected.map());
    assertThat(places(read)).as(how).isEqualTo(places(expected));
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
      JsonInput input = JsonInput.of(json);
      JsonPlaces places = new JsonPlaces("m.json", JsonColumns.ofBytes(input));

      JsonLinksAhead.Outcome read =
          new JsonLinksAhead(input, builder, new Locations(), places, "m.json", part)
              .read(open, line, open - lineStart + 1);

      assertThat(read.count()).as("parts of %d bytes", part).isEqualTo(map.links().size());
      assertThat(builder.linkCount()).isEqualTo(map.links().size());
      assertThat(new String(json, (int) read.end(), 4, StandardCharsets.US_ASCII))
          .isEqualTo(" ],\n");
    }
  }

  @Test
  void aMapOnOneLineAfterAccentedTextIsPlacedInCharacters() throws IOException {
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
  void linesEndedByCarriageReturnsAloneOrWithLineFeedsAreCountedAsJacksonCountsThem()
      throws IOException {
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
  void whatIsNotPlainIsReadByJacksonAndPlacedWhereItStands() throws IOException {
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
  void mistakesOfSyntaxAfterThePlainLinksAreFoundAsWithoutReadingAhead() throws IOException {
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
  void nodesTakenTwiceOrUnknownOrNotPlainAreReadByJacksonAndPlacedWhereTheyStand()
      throws IOException {
    readsAsTheTextReads(
        "{\"links\":[{\"from\":\"a\",\"to\":\"ghost\"}],\n\"nodes\":[\n"
            + "{\"id\":\"a\",\"kind\":\"person\",\"label\":\"Ann\"},\n"
            + "{\"id\":\"b\",\"kind\":\"event\",\"date\":\"2014-03\"},\n"
            + "{\"id\":\"c\"},\n"
            + "{\"id\":\"a\",\"kind\":\"person\"},\n"
            + "{\"id\":\"d\",\"kind\":\"persn\"},\n"
            + "{\"id\":\"e\",\"kind\":\"client\",\"value\":{\"amount\":5,\"currency\":\"GBP\"}},\n"
            + "{\"id\":\"f\",\"kind\":\"job\",\"date\":\"2014-02-30\"},\n"
            + "{\"id\":\"g\",\"kind\":\"\"},\n"
            + "{\"kind\":\"person\"},\n"
            + "{\"id\":\" \",\"kind\":\"person\"},\n"
            + "{\"id\":\"h\",\"kind\":\"organisation\",\"label\":\"Zoë\"},\n"
            + "{\"id\":\"d\",\"kind\":\"person\"},\n"
            + "{\"id\":\"i\",\"kind\":\"person\"}\n],\n"
            + "\"links\":[]}");
  }

  @Test
  void opportunitiesWithAValueAndAProbabilityAreReadAsJacksonReadsThem() throws IOException {
    List<String> values =
        List.of(
            "\"value\" : {\"amount\" : 190000, \"currency\" : \"GBP\"}",
            "\"value\":{\"currency\":\"EUR\",\"amount\":12.50}",
            "\"value\":{\"amount\":0}",
            "\"value\":{\"amount\":0.1234567891}",
            "\"value\":{\"amount\":0.12345678912}",
            "\"value\":{\"amount\":999999999999999}",
            "\"value\":{\"amount\":1000000000000000}",
            "\"value\":{\"amount\":1e5}",
            "\"value\":{\"amount\":-5}",
            "\"value\":{\"amount\":\"5\"}",
            "\"value\":{\"amount\":null}",
            "\"value\":{\"currency\":\"GBP\"}",
            "\"value\":{\"amount\":5,\"currency\":\"gbp\"}",
            "\"value\":{\"amount\":5,\"currency\":\"\"}",
            "\"value\":{\"amount\":5,\"amount\":6}",
            "\"value\":{\"amount\":5,\"stage\":\"x\"}",
            "\"value\":5",
            "\"probability\":0.3",
            "\"probability\":1",
            "\"probability\":1.5",
            "\"probability\":0.30",
            "\"value\":{\"amount\":7},\"probability\":0.25");
    for (String kind : List.of("prospect", "client", "lost", "person")) {
      StringBuilder json = new StringBuilder("{\"nodes\" : [\n");
      for (int i = 0; i < values.size(); i++) {
        json.append(i == 0 ? "" : ",\n")
            .append("{\"id\":\"o")
            .append(i)
            .append("\",\"kind\":\"")
            .append(kind)
            .append("\",\"date\":\"2013-09-15\",")
            .append(values.get(i))
            .append('}');
      }
      readsAsTheTextReads(json.append("\n]}").toString());
    }
  }

  @Test
  void linksBeforeTheirNodesAreNumberedInTheOrderTheyAreMet() throws IOException {
    readsAsTheTextReads(
        "{\"links\":[{\"from\":\"x\",\"to\":\"y\"},{\"from\":\"z\",\"to\":\"x\"},"
            + "{\"from\":\"y\",\"to\":\"w\",\"kind\":\"introduced\"}],\n"
            + "\"nodes\":[{\"id\":\"w\",\"kind\":\"client\"},{\"id\":\"x\",\"kind\":\"person\"}]}");
  }

  @Test
  void anArrayThatIsEmptyOrHoldsNoObjectIsReadByJackson() throws IOException {
    readsAsTheTextReads("{\"links\":[]}");
    readsAsTheTextReads("{\"links\":[ 1, {\"from\":\"a\",\"to\":\"b\"} ]}");
    readsAsTheTextReads("{\"links\":{\"from\":\"a\",\"to\":\"b\"}}");
  }

  @Test
  void aFileReadWhereItStandsThatIsNotUtf8IsRefusedAsOneReadWholeIs() throws IOException {
    byte[] json =
        ("{\"nodes\":[{\"id\":\"a\",\"kind\":\"person\"}],\n\"links\":[\n"
                + "{\"from\":\"a\",\"to\":\"a\"},\n{\"from\":\"a\",\"to\":\"a\",\"note\":\"x?\"}]}")
            .getBytes(StandardCharsets.UTF_8);
    json[json.length - 5] = (byte) 0xFF;
    Path file = Files.write(dir.resolve("bad.json"), json);

    assertThatThrownBy(() -> JsonMapReader.read("bad.json", file, 0, 0, 5))
        .isInstanceOf(InputFileException.class)
        .hasMessage(
            file + ":4:31: not UTF-8 text (byte 0xFF at offset 102): save the file as UTF-8");
    assertThatThrownBy(() -> JsonMapReader.read("bad.json", file))
        .isInstanceOf(InputFileException.class)
        .hasMessage(
            file + ":4:31: not UTF-8 text (byte 0xFF at offset 102): save the file as UTF-8");
  }

  @Test
  void charactersOfSeveralBytesAcrossTheBlocksOfAFileReadWhereItStandsAreUtf8OrPlaced()
      throws IOException {
    // Three bytes a character, in blocks of a mebibyte: characters are cut at the blocks' ends.
    StringBuilder title = new StringBuilder();
    while (title.length() < (3 << 20) / 3) {
      title.append("€李");
    }
    String json =
        "{\"title\": \""
            + title
            + "\", \"nodes\": [{\"id\": \"a\", \"kind\": \"person\", \"label\": \""
            + title
            + "\"}], \"links\": [{\"from\": \"a\", \"to\": \"a\"}]}";
    byte[] good = json.getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("good.json"), good);
    sameAs(JsonMapReader.read("m.json", json), JsonMapReader.read("m.json", file, 0, 0, 64), "");

    for (int bad : List.of(good.length / 3 + 1, good.length - 40, good.length - 1)) {
      byte[] wrong = good.clone();
      wrong[bad] = (byte) 0xFF;
      Path wrongFile = Files.write(dir.resolve("bad.json"), wrong);
      String whole = refusal(() -> JsonMapReader.read("bad.json", wrongFile));
      assertThat(whole).contains(": not UTF-8 text (byte 0xFF at offset " + bad + ")");
      assertThat(refusal(() -> JsonMapReader.read("bad.json", wrongFile, 0, 0, 64)))
          .isEqualTo(whole);
    }
    // A file that ends inside a character.
    Path cut = Files.write(dir.resolve("cut.json"), java.util.Arrays.copyOf(good, 13));
    assertThat(refusal(() -> JsonMapReader.read("cut.json", cut, 0, 0, 64)))
        .isEqualTo(refusal(() -> JsonMapReader.read("cut.json", cut)))
        .contains("not UTF-8 text");
  }

  private interface Reading {
    ReadResult read() throws IOException;
  }

  private static String refusal(Reading reading) {
    try {
      return "read: " + said(reading.read());
    } catch (IOException e) {
      return e.getMessage();
    }
  }
}
