package networth.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import networth.diagnostics.Problem;
import networth.io.ReadResult;
import networth.io.netmap.NetmapReader;
import networth.model.LaterDeal.Outcome;
import org.junit.jupiter.api.Test;

/** The further deals of a client who came back, in the JSON form: a "deals" array on the node. */
class JsonDealsTest {

  static final String BLOOM =
      """
      currency EUR
      client "Bloom Coffee" value €4,000 won 2023-02-20
      deal "Bloom Coffee" value €2,500 won 2024-05-10 stage "spring menu"
      deal "Bloom Coffee" value 6k p 40% since 2024-10 next "call" 2024-11-01
      Priya -> "Bloom Coffee"
      """;

  @Test
  void dealsGoThroughJsonAndBack() {
    ReadResult netmap = NetmapReader.read("m.netmap", BLOOM);
    String json = JsonMapWriter.write(netmap.map());
    assertThat(json)
        .contains("\"deals\" : [ {")
        .contains("\"outcome\" : \"won\"")
        .contains("\"outcome\" : \"open\"")
        .contains("\"probability\" : 0.4");
    ReadResult back = JsonMapReader.read("m.json", json);
    assertThat(back.problems()).isEmpty();
    assertThat(back.map()).isEqualTo(netmap.map());
  }

  private static List<Problem> problems(String deals, String kind) {
    String json =
        "{\"nodes\": [{\"id\": \"A\", \"kind\": \"" + kind + "\", \"deals\": " + deals + "}]}";
    return JsonMapReader.read("m.json", json).problems();
  }

  @Test
  void eachWrongDealIsReportedAtItsPath() {
    assertThat(problems("[{\"outcome\": \"won\"}]", "client").get(0).message())
        .isEqualTo("nodes[0] ('A').deals[0]: a deal needs a value");
    assertThat(problems("[{\"outcome\": \"maybe\", \"value\": {\"amount\": 1}}]", "client"))
        .extracting(Problem::message)
        .containsExactly("nodes[0] ('A').deals[0].outcome: a deal is won, open or lost");
    assertThat(
            problems(
                    "[{\"outcome\": \"lost\", \"value\": {\"amount\": 1}, \"probability\": 0.5}]",
                    "client")
                .get(0)
                .message())
        .isEqualTo(
            "nodes[0] ('A').deals[0].probability: a probability is for an open deal, and this one"
                + " is lost");
    Problem person =
        problems("[{\"outcome\": \"won\", \"value\": {\"amount\": 1}}]", "person").get(0);
    assertThat(person.message())
        .isEqualTo(
            "nodes[0] ('A').deals: only an opportunity (client, prospect, lost) has deals, and this"
                + " is a person");
    assertThat(person.position().line()).isEqualTo(1);
  }

  @Test
  void aDealWithoutDateOrStageIsKept() {
    ReadResult r =
        JsonMapReader.read(
            "m.json",
            "{\"nodes\": [{\"id\": \"A\", \"kind\": \"lost\", \"deals\": [{\"outcome\": \"won\","
                + " \"value\": {\"amount\": 1200}}]}]}");
    assertThat(r.problems()).isEmpty();
    assertThat(r.map().node("A").orElseThrow().laterDeals().get(0).outcome())
        .isEqualTo(Outcome.WON);
  }
}
