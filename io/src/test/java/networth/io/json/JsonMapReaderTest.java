package networth.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import networth.diagnostics.Problem;
import networth.io.ReadResult;
import networth.model.NodeKind;
import org.junit.jupiter.api.Test;

class JsonMapReaderTest {

  @Test
  void readsTheDocumentedForm() {
    ReadResult r =
        JsonMapReader.read(
            "m.json",
            """
            {"format": "networth-map", "version": 1, "currency": "GBP",
             "groups": [{"name": "social", "members": ["LinkedIn"]}],
             "nodes": [{"id": "LinkedIn", "kind": "channel", "hours": 40},
                       {"id": "P2", "label": "Prospect 2", "kind": "prospect",
                        "value": {"amount": 60000}, "probability": 0.4,
                        "next": {"step": "call", "date": "2014-06"}}],
             "links": [{"from": "LinkedIn", "to": "P2", "kind": "found via", "note": "CEO"}]}
            """);
    assertThat(r.problems()).isEmpty();
    assertThat(r.map().node("P2").orElseThrow().kind()).isEqualTo(NodeKind.PROSPECT);
    assertThat(r.map().node("P2").orElseThrow().deal().value().orElseThrow().currency())
        .isEqualTo("GBP");
    assertThat(r.map().links().get(0).note()).isEqualTo("CEO");
  }

  @Test
  void aSyntaxErrorHasItsLineAndColumn() {
    Problem p =
        JsonMapReader.read("m.json", "{\"nodes\": [\n  {\"id\": \"a\",}\n]}").problems().get(0);
    assertThat(p.position().toString()).isEqualTo("m.json:2:14");
  }

  @Test
  void anUnknownFieldSuggestsTheKnownOnes() {
    Problem p =
        JsonMapReader.read("m.json", "{\"nodes\": [{\"id\": \"a\", \"lable\": \"A\"}]}")
            .problems()
            .get(0);
    assertThat(p.message()).isEqualTo("nodes[0]: unknown field 'lable'");
    assertThat(p.hint()).startsWith("did you mean 'label'?");
    assertThat(p.position().line()).isEqualTo(1);
  }

  @Test
  void wrongValuesAreReportedAtTheirPath() {
    ReadResult r =
        JsonMapReader.read(
            "m.json",
            """
            {"nodes": [{"id": "a", "kind": "persn"},
                       {"id": "b", "kind": "client", "date": "2014-13"},
                       {"id": "b", "kind": "person"},
                       {"id": "c", "kind": "person", "value": {"amount": 5}}],
             "links": [{"from": "a"}]}
            """);
    assertThat(r.problems().stream().map(Problem::message).toList())
        .containsExactly(
            "nodes[0] ('a').kind: unknown kind 'persn'",
            "nodes[1] ('b').date: month 13 is not between 1 and 12",
            "nodes[2] ('b').id: 'b' is already the id of another node",
            "nodes[3] ('c').value: 'value' is for opportunities (client, prospect, lost), and this is a person",
            "links[0]: a link needs \"from\" and \"to\"");
  }

  @Test
  void wrongValuesAreReportedAtTheirLineAndColumn() {
    ReadResult r =
        JsonMapReader.read(
            "m.json",
            """
            {"nodes": [{"id": "a", "kind": "persn"},
                       {"id": "b", "kind": "client",
                        "date": "2014-13"},
                       {"kind": "person"}],
             "links": [{"from": "a"}, {"from": "a", "to": "a"}]}
            """);
    assertThat(r.problems().stream().map(p -> p.position() + " " + p.message()).toList())
        .containsExactly(
            "m.json:1:32 nodes[0] ('a').kind: unknown kind 'persn'",
            "m.json:3:21 nodes[1] ('b').date: month 13 is not between 1 and 12",
            "m.json:4:12 nodes[2].id: a node needs an id",
            "m.json:5:12 links[0]: a link needs \"from\" and \"to\"");
    // The checks on the whole map point at the link that makes the problem.
    ReadResult checked = networth.io.check.MapChecker.check(r, "m.json");
    // One mistake, one message: the link to itself is not also a cycle, and 'a', whose
    // declaration was wrong, is not also "used but not declared".
    assertThat(checked.problems().stream().map(p -> p.position() + " " + p.message()))
        .contains("m.json:5:27 'a' links to itself")
        .doesNotContain("m.json:5:27 cycle: a -> a", "m.json:5:36 'a' is used but not declared");
    assertThat(r.problems().get(1).render()).contains("\"date\": \"2014-13\"").contains("^");
  }

  @Test
  void pathsBecomePointers() {
    assertThat(JsonPlaces.pointer("nodes[3] ('Emily (it\'s me)').value.amount"))
        .isEqualTo("/nodes/3/value/amount");
    assertThat(JsonPlaces.pointer("groups[0].members")).isEqualTo("/groups/0/members");
    assertThat(JsonPlaces.pointer("")).isEmpty();
  }

  @Test
  void anEndDateAndCostsPerPeriod() {
    ReadResult r =
        JsonMapReader.read(
            "m.json",
            """
            {"nodes": [{"id": "Acme", "kind": "job", "date": "2019-03", "until": "2022-08",
                        "cost": {"amount": 120, "currency": "EUR"}, "costEvery": "year",
                        "hours": 4, "hoursEvery": "month"},
                       {"id": "Old", "kind": "job", "date": "2019", "until": "2018"},
                       {"id": "Odd", "kind": "channel", "hours": 1, "hoursEvery": "fortnight"},
                       {"id": "None", "kind": "channel", "costEvery": "year"}]}
            """);
    // Each at the column of the wrong value.
    assertThat(r.problems().stream().map(p -> p.position() + " " + p.message()).toList())
        .containsExactly(
            "m.json:4:66 nodes[1] ('Old').until: the node ends (2018) before it starts (2019)",
            "m.json:5:71 nodes[2] ('Odd').hoursEvery: 'fortnight' is not a period",
            "m.json:6:59 nodes[3] ('None').costEvery: a period needs something to repeat");
    var acme = r.map().node("Acme").orElseThrow();
    assertThat(acme.until()).contains(networth.model.PartialDate.parse("2022-08"));
    assertThat(acme.cost().moneyEvery()).contains(networth.model.Rhythm.YEAR);
    assertThat(acme.cost().hoursEvery()).contains(networth.model.Rhythm.MONTH);
    assertThat(JsonMapWriter.write(r.map()))
        .contains("\"until\" : \"2022-08\"")
        .contains("\"costEvery\" : \"year\"")
        .contains("\"hoursEvery\" : \"month\"");
  }
}
