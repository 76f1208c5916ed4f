package networth.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import networth.diagnostics.SourcePosition;
import networth.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * A map read from the bytes of its file: the same map and the same problems, at the same places, as
 * from its text. Jackson counts a line's columns in bytes there; a user counts characters.
 */
class JsonBytesTest {

  private static ReadResult bytes(String json) {
    return JsonMapReader.read("m.json", json.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> problems(ReadResult r) {
    return r.problems().stream().map(p -> p.position() + " " + p.message()).toList();
  }

  @Test
  void aMistakeAfterAccentedAndChineseTextIsPointedAtInCharacters() {
    // Before the value "clent": {"nodes": [{"id": "Zoë", "label": "北京 café", "kind": — 53
    // characters (ë, 北, 京 and é one each), but 59 bytes (ë and é two each, 北 and 京 three): the
    // value opens at column 54, not at byte 60.
    String json = "{\"nodes\": [{\"id\": \"Zoë\", \"label\": \"北京 café\", \"kind\": \"clent\"}]}";

    ReadResult r = bytes(json);

    assertThat(problems(r))
        .containsExactly("m.json:1:54 nodes[0] ('Zoë').kind: unknown kind 'clent'");
    assertThat(problems(r)).isEqualTo(problems(JsonMapReader.read("m.json", json)));
  }

  @Test
  void aSyntaxErrorAfterAnEmojiIsPointedAtAsTheTextReaderPointsAtIt() {
    // {"title": "Café 😀", oops}: before "oops" stand 20 characters, of which the emoji is two
    // UTF-16 units (as Java and most editors count a column), and 24 bytes (é two, the emoji
    // four): column 22.
    String json = "{\"title\": \"Café 😀\", oops}";

    ReadResult r = bytes(json);

    assertThat(r.problems()).hasSize(1);
    assertThat(r.problems().get(0).position()).isEqualTo(new SourcePosition("m.json", 1, 22));
    assertThat(problems(r)).isEqualTo(problems(JsonMapReader.read("m.json", json)));
  }

  @Test
  void linksAndTheEndsTheyNameFirstAreRecordedAtTheirCharacters() {
    // {"links": [{"from": "Zoë", "to": "北京"}, {"from": "Zoë", "to": "ghost"}]}: the second link
    // opens after 40 characters (46 bytes), its "to" value after 62 (68 bytes); the first link's
    // "to" value after 33 characters (34 bytes).
    String json =
        "{\"links\": [{\"from\": \"Zoë\", \"to\": \"北京\"}, {\"from\": \"Zoë\", \"to\": \"ghost\"}]}";

    ReadResult r = bytes(json);

    assertThat(r.map().links()).hasSize(2);
    assertThat(r.locations().link(1)).contains(new SourcePosition("m.json", 1, 41));
    assertThat(r.locations().reference("ghost")).contains(new SourcePosition("m.json", 1, 63));
    assertThat(r.locations().reference("北京")).contains(new SourcePosition("m.json", 1, 34));
  }

  @Test
  void aDocumentOnManyLinesCountsEachLineFromItsStart() {
    // Line 3 holds "北京" (six bytes, two characters) before the date, whose value opens after 36
    // characters of that line (40 bytes): column 37.
    String json =
        "{\"links\": [\n"
            + "  {\"from\": \"é\", \"to\": \"ü\"},\n"
            + "  {\"from\": \"北京\", \"to\": \"ü\", \"date\": \"2024-13\"}\n"
            + "]}";

    ReadResult r = bytes(json);

    assertThat(problems(r))
        .containsExactly("m.json:3:37 links[1].date: month 13 is not between 1 and 12");
    assertThat(problems(r)).isEqualTo(problems(JsonMapReader.read("m.json", json)));
    assertThat(r.map()).isEqualTo(JsonMapReader.read("m.json", json).map());
  }

  @Test
  void aWordThatIsNotJsonIsSaidAsFromTheText() {
    // Over bytes Jackson would call the pound sign of a bare £50k "Invalid UTF-8 start byte 0xa3",
    // though the file is UTF-8: the word stands at 2:10, and is named as it is written.
    String json = "{\"title\": \"x\",\n \"rate\": £50k}";

    ReadResult r = bytes(json);

    assertThat(problems(r))
        .singleElement()
        .satisfies(p -> assertThat(p).startsWith("m.json:2:10 ").contains("'£50k'"));
    assertThat(problems(r)).isEqualTo(problems(JsonMapReader.read("m.json", json)));
  }

  @Test
  void aZeroByteAtTheStartIsWrongJsonNotAnotherEncoding() {
    // Jackson takes zero bytes among the first four for UTF-16 or UTF-32; a UTF-8 file that starts
    // with a NUL is wrong JSON, said as its text is (Jackson points just after the NUL).
    String json = "\u0000{}";

    ReadResult r = bytes(json);

    assertThat(problems(r)).hasSize(1);
    assertThat(r.problems().get(0).position()).isEqualTo(new SourcePosition("m.json", 1, 2));
    assertThat(r.problems().get(0).message()).contains("not valid JSON");
    assertThat(problems(r)).isEqualTo(problems(JsonMapReader.read("m.json", json)));
  }

  /**
   * A document over a megabyte is sized from its ids and links before it is read: the map and the
   * places of its nodes and links are those of the same document read from its text.
   */
  @Test
  void aLargeDocumentReadsAsItsTextDoes() {
    networth.model.NetworkMap map =
        new networth.generate.NetworkGenerator(4_000, 20_000, 400, 8, 3).generate();
    String json = JsonMapWriter.write(map);
    assertThat(json.length()).isGreaterThan(1 << 20);

    ReadResult fromBytes = bytes(json);
    ReadResult fromText = JsonMapReader.read("m.json", json);

    assertThat(fromBytes.errors()).isEmpty();
    assertThat(fromBytes.map()).isEqualTo(fromText.map());
    assertThat(fromBytes.map().links()).hasSize(map.links().size());
    for (int i = 0; i < map.links().size(); i += 997) {
      assertThat(fromBytes.locations().link(i)).isEqualTo(fromText.locations().link(i));
    }
    for (int i = 0; i < map.nodes().size(); i += 101) {
      String id = map.nodes().get(i).id();
      assertThat(fromBytes.locations().of(id)).isEqualTo(fromText.locations().of(id));
    }
  }

  @Test
  void aByteOrderMarkBeforeTheMapIsPassedOverFromBytesAndFromText() {
    // Found by a long run of the mutated documents: from bytes, Jackson passes a leading UTF-8 byte
    // order mark over; from the text it was "not valid JSON".
    String json = "\uFEFF{\"nodes\": [{\"id\": \"Zoë\", \"kind\": \"persn\"}]}";

    ReadResult r = bytes(json);

    assertThat(problems(r))
        .containsExactly("m.json:1:35 nodes[0] ('Zoë').kind: unknown kind 'persn'");
    assertThat(problems(JsonMapReader.read("m.json", json))).isEqualTo(problems(r));
    String notAMap = "\uFEFF\n  \"format\" : \"networth-map\"}";
    assertThat(problems(JsonMapReader.read("m.json", notAMap)))
        .isEqualTo(problems(bytes(notAMap)))
        .containsExactly("m.json:2:3 a map is an object {…}, not the text \"format\"");
  }
}
