package networth.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import networth.io.ReadResult;
import networth.io.check.MapChecker;
import networth.model.Affiliation;
import networth.model.Link;
import org.junit.jupiter.api.Test;

/**
 * The connections sheet takes an end an element declares by the number its lexer found for it, and
 * numbers the names no element declares itself, in the order they are first met, for the builder
 * once the sheet is read: a repeat must give exactly what the first meeting gave, whether the end
 * is a declared id, a label naming another element, an id whose element had a mistake, or a name
 * nobody declared; and the nodes come in the order a reading line by line gives them.
 */
class RepeatedEndsTest {

  private static ReadResult read(String elements, String connections) {
    ReadResult r =
        CsvMapReader.read(
            Optional.of(CsvMapReader.Sheet.of("elements.csv", elements)),
            Optional.of(CsvMapReader.Sheet.of("connections.csv", connections)));
    return MapChecker.check(r, "connections.csv");
  }

  private static List<String> said(ReadResult r) {
    return r.problems().stream().map(p -> p.position() + " " + p.message()).toList();
  }

  @Test
  void everyKindOfEndGivesTheSameAnswerTheSecondTime() {
    ReadResult r =
        read(
            """
            ID,Label,Type,Value
            a,Ann,person,
            b,Bo,client,1000
            c,Cy,channel,
            x,Xena,person,lots
            k,x,organisation,
            """,
            """
            From,To,Affiliation
            a,b,
            a,b,
            Cy,b,
            Cy,b,
            z,b,
            z,a,
            x,b,
            x,c,
            a,z,works at
            a,c,
            """);
    // Row 5 of the elements has a mistake, so x is not declared, and the label x names k; the
    // repeated links are found at their own rows, each pointing back at the first.
    assertThat(said(r))
        .containsExactly(
            "elements.csv:5:4 'value' is for opportunities (client, prospect, lost), and this is a"
                + " person (row 5, column D)",
            "connections.csv:3:1 the link a -> b is given twice (first at connections.csv:2:1)",
            "connections.csv:5:1 the link c -> b is given twice (first at connections.csv:4:1)",
            "connections.csv:6:1 'z' is used but not declared");
    assertThat(r.map().links())
        .containsExactly(
            Link.of("a", "b"),
            Link.of("a", "b"),
            Link.of("c", "b"),
            Link.of("c", "b"),
            Link.of("z", "b"),
            Link.of("z", "a"),
            Link.of("k", "b"),
            Link.of("k", "c"),
            Link.of("a", "c"));
    assertThat(r.map().affiliations())
        .extracting(Affiliation::person, Affiliation::organisation)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "z"));
    assertThat(r.locations().link(8).map(p -> p.line())).contains(11);
  }

  @Test
  void namesNoElementDeclaresAreNumberedInTheOrderTheyAreFirstMet() {
    // q by a link, r and s by an affiliation, t by a link, then u and v by an affiliation.
    ReadResult r =
        read(
            "ID,Type\na,person\nb,client\n",
            "From,To,Affiliation\na,q,\nr,s,works at\nt,a,\ns,q,\nu,v,works at\n");
    ReadResult lineByLine =
        networth.io.netmap.NetmapReader.read(
            "m.netmap", "person a\nclient b\na -> q\nr works at s\nt -> a\ns -> q\nu works at v\n");

    assertThat(r.map().nodes())
        .extracting(n -> n.id())
        .containsExactly("a", "b", "q", "r", "s", "t", "u", "v")
        .containsExactlyElementsOf(lineByLine.map().nodes().stream().map(n -> n.id()).toList());
    assertThat(r.map().links()).containsExactlyElementsOf(lineByLine.map().links());
    assertThat(r.map().affiliations()).containsExactlyElementsOf(lineByLine.map().affiliations());
  }

  @Test
  void aQuotedCellOfBlanksNamesNoNode() {
    ReadResult r = read("ID,Type\n\" \",person\na,person\n", "From,To\na,\"  \"\n");
    assertThat(said(r))
        .containsExactly(
            "elements.csv:2:1 this row has no ID (row 2, column A)",
            "connections.csv:2:2 this connection has no To (row 2, column B)");
    assertThat(r.map().nodes()).extracting(n -> n.id()).containsExactly("a");
    assertThat(r.map().links()).isEmpty();
  }
}
