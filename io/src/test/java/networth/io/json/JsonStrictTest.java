package networth.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import networth.diagnostics.Problem;
import networth.io.ReadResult;
import networth.io.netmap.NetmapReader;
import networth.io.netmap.NetmapWriter;
import org.junit.jupiter.api.Test;

/**
 * What a broken or hostile document gets: a message at its line and column, naming the field, in
 * plain words with what to do; never Jackson's internals, and nothing accepted silently.
 */
class JsonStrictTest {

  private static List<String> problems(String json) {
    return JsonMapReader.read("m.json", json).problems().stream()
        .map(p -> p.position() + " " + p.message())
        .toList();
  }

  @Test
  void aKeyGivenTwiceInALinkIsAnErrorAtTheSecond() {
    // Columns: {"links":[{"from":"a","to":"b","to":"c"}]} — the second "to"'s value is at 37.
    ReadResult r =
        JsonMapReader.read("m.json", "{\"links\":[{\"from\":\"a\",\"to\":\"b\",\"to\":\"c\"}]}");

    assertThat(r.problems())
        .extracting(p -> p.position() + " " + p.message())
        .containsExactly("m.json:1:37 links[0]: the key 'to' is given twice in one object");
    assertThat(r.problems().get(0).hint()).startsWith("keep one");
    // Neither reading is guessed at: the link is left out.
    assertThat(r.map().links()).isEmpty();
  }

  @Test
  void aKeyGivenTwiceAnywhereIsAnError() {
    assertThat(problems("{\"title\": \"a\",\n \"title\": \"b\"}"))
        .containsExactly("m.json:2:11 the key 'title' is given twice in one object");
    assertThat(
            problems(
                "{\"nodes\": [{\"id\": \"a\", \"kind\": \"client\","
                    + " \"value\": {\"amount\": 1, \"amount\": 2}}]}"))
        .containsExactly(
            "m.json:1:75 nodes[0].value: the key 'amount' is given twice in one object");
    assertThat(
            problems(
                "{\"links\": [{\"from\": \"a\", \"to\": \"b\", \"attributes\": {\"w\": \"1\", \"w\": \"2\"}}]}"))
        .containsExactly(
            "m.json:1:67 links[0].attributes: the key 'w' is given twice in one object");
  }

  @Test
  void aThousandDigitNumberIsSaidInPlainWords() {
    String digits = "9".repeat(1_001);
    List<Problem> ps =
        JsonMapReader.read(
                "m.json",
                "{\"nodes\": [{\"id\": \"a\", \"kind\": \"client\",\n \"value\": {\"amount\": "
                    + digits
                    + "}}]}")
            .problems();

    assertThat(ps).hasSize(1);
    assertThat(ps.get(0).position().toString()).startsWith("m.json:2:");
    assertThat(ps.get(0).message())
        .isEqualTo("nodes[0].value.amount: a number longer than 1,000 characters");
    assertThat(ps.get(0).hint()).contains("at most 1000000000000000");
    assertThat(ps.get(0).message() + ps.get(0).hint()).doesNotContain("StreamReadConstraints");
  }

  @Test
  void aVersionInQuotesIsATypeError() {
    // {"version": "1"}: the value opens at column 13.
    ReadResult r = JsonMapReader.read("m.json", "{\"version\": \"1\"}");
    assertThat(r.problems())
        .extracting(p -> p.position() + " " + p.message())
        .containsExactly("m.json:1:13 version: a whole number goes here, not the text \"1\"");
    assertThat(problems("{\"version\": 1.5}"))
        .containsExactly("m.json:1:13 version: a whole number goes here, not the number 1.5");
  }

  @Test
  void aProbabilityInQuotesIsATypeErrorAndTheNodeIsLeftOut() {
    ReadResult r =
        JsonMapReader.read(
            "m.json",
            "{\"nodes\": [{\"id\": \"P\", \"kind\": \"prospect\", \"probability\": \"0.5\"}]}");
    Problem p = r.problems().get(0);
    // The quoted value stands at column 59.
    assertThat(p.position() + " " + p.message())
        .isEqualTo("m.json:1:59 nodes[0].probability: a number goes here, not the text \"0.5\"");
    assertThat(p.hint()).isEqualTo("write the number without quotes: 0.5");
    assertThat(r.map().node("P")).isEmpty();
    // Its mistake was said where it stands: the checks do not add "used but not declared".
    assertThat(r.locations().isBroken("P")).isTrue();
  }

  @Test
  void aTextWhereAnIdGoesIsATypeError() {
    assertThat(problems("{\"links\": [{\"from\": 5, \"to\": \"b\"}]}"))
        .containsExactly("m.json:1:21 links[0].from: a text in quotes goes here, not the number 5");
    assertThat(problems("{\"nodes\": {\"id\": \"a\"}}"))
        .containsExactly("m.json:1:11 nodes: a list […] goes here, not an object {…}");
    assertThat(problems("{\"nodes\": [null]}"))
        .containsExactly("m.json:1:12 nodes[0]: a node is an object {…}, not null");
    assertThat(problems("[1, 2]"))
        .containsExactly("m.json:1:1 a map is an object {…}, not a list […]");
    assertThat(problems("{} {}"))
        .containsExactly("m.json:1:4 there is more after the map's closing }");
  }

  @Test
  void anAmountBeyondTheBoundIsRefusedSayingTheBound() {
    assertThat(
            problems(
                "{\"nodes\": [{\"id\": \"a\", \"kind\": \"client\", \"value\": {\"amount\": 1e400}}]}"))
        .containsExactly(
            "m.json:1:62 nodes[0] ('a').value.amount: an amount is at most"
                + " 1,000,000,000,000,000 with at most 10 decimal places, not 1E+400");
    assertThat(
            problems(
                "{\"nodes\": [{\"id\": \"a\", \"kind\": \"client\", \"value\": {\"amount\": 1e-12}}]}"))
        .hasSize(1);
    // The bound itself is an amount.
    assertThat(
            problems(
                "{\"nodes\": [{\"id\": \"a\", \"kind\": \"client\", \"value\": {\"amount\": 1e15}}]}"))
        .isEmpty();
    assertThat(problems("{\"nodes\": [{\"id\": \"a\", \"kind\": \"channel\", \"hours\": 1e309}]}"))
        .containsExactly(
            "m.json:1:52 nodes[0] ('a').hours: more than the most hours accepted, 1,000,000");
  }

  @Test
  void aCurrencyIsThreeCapitalLettersInEveryMoneyObject() {
    for (String bad : new String[] {"B", "GBPX", "\\u0000GBP", "X".repeat(2_000)}) {
      ReadResult r =
          JsonMapReader.read(
              "m.json",
              "{\"nodes\": [{\"id\": \"a\", \"kind\": \"client\","
                  + " \"value\": {\"amount\": 5, \"currency\": \""
                  + bad
                  + "\"}}]}");
      assertThat(r.problems()).as(bad).hasSize(1);
      Problem p = r.problems().get(0);
      // The currency's value opens at column 77 (the amount, 5, stands at 62).
      assertThat(p.position().toString()).as(bad).isEqualTo("m.json:1:77");
      assertThat(p.message())
          .as(bad)
          .startsWith(
              "nodes[0] ('a').value.currency: a currency is three capital letters, such as GBP,"
                  + " not ");
      // What was read can be written as a .netmap that networth reads back.
      String netmap = NetmapWriter.write(r.map(), networth.io.Layout.NONE);
      assertThat(NetmapReader.read("m.netmap", netmap).problems()).as(bad).isEmpty();
    }
    assertThat(problems("{\"currency\": \"gbp\"}"))
        .containsExactly(
            "m.json:1:14 currency: a currency is three capital letters, such as GBP, not 'gbp'");
  }
}
