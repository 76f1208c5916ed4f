package networth.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import networth.diagnostics.Problem;
import networth.io.ReadResult;
import networth.model.Link;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.NodeKind;
import networth.model.PartialDate;
import networth.model.Rhythm;
import org.junit.jupiter.api.Test;

class CsvMapReaderTest {

  private static ReadResult read(String elements, String connections) {
    return CsvMapReader.read(
        Optional.ofNullable(elements).map(t -> CsvMapReader.Sheet.of("elements.csv", t)),
        Optional.ofNullable(connections).map(t -> CsvMapReader.Sheet.of("connections.csv", t)));
  }

  @Test
  void readsAKumuStyleSheetWhereLabelsAreTheIds() {
    ReadResult r =
        read(
            "Label,Type,Tags,Value,Probability,Description,Twitter handle\n"
                + "LinkedIn,Channel,social,,,,\n"
                + "Emily,Person,,,,\"saw me on TV, then wrote\",@emily\n"
                + "Prospect 2,Prospect,,60000,40%,,\n",
            "From,To,Type,Description\nLinkedIn,Prospect 2,found via,the CEO found me\nEmily,Prospect 2,,\n");
    assertThat(r.problems()).isEmpty();
    NetworkMap map = r.map();
    assertThat(map.node("Emily").orElseThrow().kind()).isEqualTo(NodeKind.PERSON);
    assertThat(map.node("Emily").orElseThrow().note()).isEqualTo("saw me on TV, then wrote");
    assertThat(map.node("Emily").orElseThrow().attributes())
        .containsEntry("Twitter handle", "@emily");
    assertThat(map.node("Prospect 2").orElseThrow().deal().probability().getAsDouble())
        .isEqualTo(0.4);
    assertThat(map.node("Prospect 2").orElseThrow().deal().value()).contains(Money.of(60_000, ""));
    assertThat(map.group("social").orElseThrow().members()).containsExactly("LinkedIn");
    assertThat(map.links())
        .containsExactly(
            new Link("LinkedIn", "Prospect 2", "found via", Optional.empty(), "the CEO found me"),
            Link.of("Emily", "Prospect 2"));
  }

  @Test
  void readsAGephiStyleSheetWithIdsAndSourceTarget() {
    ReadResult r =
        read(
            "Id,Label,Type,Date\nn1,Emily,person,2011\nn2,Roger,person,\n",
            "Source,Target,Type,Id,Label,Weight\nn1,n2,Directed,0,introduced,1.0\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.map().node("n1").orElseThrow().label()).isEqualTo("Emily");
    assertThat(r.map().node("n1").orElseThrow().date()).contains(new PartialDate(2011, 0, 0));
    // Gephi's edge Id and direction (Type) say nothing networth keeps; its Weight is kept.
    assertThat(r.map().links())
        .containsExactly(
            new Link("n1", "n2", "introduced", Optional.empty(), "")
                .withAttribute("Weight", "1.0"));
  }

  @Test
  void connectionsMayNameElementsByLabelWhenTheyHaveIds() {
    ReadResult r =
        read("ID,Label,Type\nc1,Client 1,client\np1,Emily,person\n", "From,To\nEmily,Client 1\n");
    assertThat(r.map().links()).containsExactly(Link.of("p1", "c1"));
  }

  @Test
  void eachBadCellIsReportedAtItsRowAndColumn() {
    ReadResult r =
        read(
            "ID,Type,Value,Date,Probability\n"
                + "a,persn,,,\n"
                + "b,client,50q,,\n"
                + "c,client,,2014-13,\n"
                + ",person,,,\n"
                + "d,prospect,,,2\n"
                + "e,person,,,\n"
                + "e,person,,,\n",
            "From,To,Date\na,,\nb,c,2014-99\n");
    List<String> where = r.problems().stream().map(p -> p.position() + " " + p.message()).toList();
    assertThat(where)
        .containsExactly(
            "elements.csv:2:2 unknown type 'persn' (row 2, column B)",
            "elements.csv:3:3 bad Value: '50q' is not an amount (row 3, column C)",
            "elements.csv:4:4 bad Date: month 13 is not between 1 and 12 (row 4, column D)",
            "elements.csv:5:1 this row has no ID (row 5, column A)",
            "elements.csv:6:5 bad Probability: '2' is not between 0% and 100% (a fraction lies between 0 and 1) (row 6, column E)",
            "elements.csv:8:1 'e' is already the id of the row on line 7 (row 8, column A)",
            "connections.csv:2:2 this connection has no To (row 2, column B)",
            "connections.csv:3:3 bad Date: month 99 is not between 1 and 12 (row 3, column C)");
    assertThat(r.problems()).allMatch(Problem::isError);
    assertThat(r.problems().get(0).hint()).startsWith("did you mean 'person'?");
  }

  @Test
  void aSheetWithoutItsKeyColumnsSaysWhichToAdd() {
    assertThat(read("Name2,Type\n", null).problems().get(0).message())
        .isEqualTo("the elements sheet has no ID or Label column");
    assertThat(read(null, "From,Towards\na,b\n").problems().get(0).message())
        .isEqualTo("the connections sheet needs From and To columns");
  }

  @Test
  void aLargeSheetReportsItsProgressEveryHalfMillionRows() {
    StringBuilder sheet = new StringBuilder("From,To\n");
    for (int i = 0; i < 1_000_010; i++) {
      sheet.append("a,b").append(i % 7).append('\n');
    }
    java.util.List<String> heard = new java.util.ArrayList<>();
    CsvMapReader.read(
        Optional.empty(),
        Optional.of(CsvMapReader.Sheet.of("c.csv", sheet.toString())),
        (source, rows, done) -> heard.add(source + " " + rows + (done ? " done" : "")));
    assertThat(heard).containsExactly("c.csv 500000", "c.csv 1000000", "c.csv 1000010 done");
    java.util.List<String> small = new java.util.ArrayList<>();
    CsvMapReader.read(
        Optional.empty(),
        Optional.of(CsvMapReader.Sheet.of("s.csv", "From,To\na,b\n")),
        (s1, r, d) -> small.add(s1));
    assertThat(small).as("a small sheet says nothing").isEmpty();
  }

  @Test
  void brokenQuotingIsReported() {
    ReadResult r = read("ID,Label\na,\"unclosed\n", null);
    assertThat(r.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("not valid CSV"));
  }

  /**
   * Records are lexed on a second thread in batches: across many batches every row still arrives
   * once and in order, problems name their lines (a quoted cell over two lines included), and a
   * lexing error far down the sheet is still reported.
   */
  @Test
  void rowsComeInOrderWithTheirLinesAcrossBatches() {
    StringBuilder sheet = new StringBuilder("From,To,Note\n");
    int line = 1;
    for (int i = 0; i < 10_000; i++) {
      line++;
      if (i == 100) {
        sheet.append("x,y,\"two\nlines\"\n");
        line++;
      } else if (i == 7_000) {
        sheet.append("x,,\n");
        assertThat(line).isEqualTo(7_003);
      } else {
        sheet.append("n").append(i).append(",n").append(i + 1).append(",\n");
      }
    }
    ReadResult r = read(null, sheet.toString());
    assertThat(r.problems())
        .extracting(Problem::render)
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains(
                        "connections.csv:7003:2: error: this connection has no To (row 7002"));
    assertThat(r.map().links()).hasSize(9_999);
    assertThat(r.map().links().get(5).from()).isEqualTo("n5");
    assertThat(r.map().links().get(9_998).to()).isEqualTo("n10000");
    StringBuilder broken = new StringBuilder("ID,Label\n");
    for (int i = 0; i < 9_000; i++) {
      broken.append("e").append(i).append(",E\n");
    }
    broken.append("z,\"unclosed\n");
    assertThat(read(broken.toString(), null).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("not valid CSV"));
  }

  @Test
  void anEndDateAndCostsPerPeriod() {
    ReadResult r =
        read(
            "ID,Type,Date,Until,Cost,Hours,Currency\n"
                + "Acme,job,2019-03,2022-08,€120/yr,4/month,\n"
                + "Blog,channel,,,\"1,200 per year\",2,GBP\n",
            null);
    assertThat(r.problems()).isEmpty();
    var acme = r.map().node("Acme").orElseThrow();
    assertThat(acme.until()).contains(PartialDate.parse("2022-08"));
    assertThat(acme.cost().money()).contains(Money.of(120, "EUR"));
    assertThat(acme.cost().moneyEvery()).contains(Rhythm.YEAR);
    assertThat(acme.cost().hoursEvery()).contains(Rhythm.MONTH);
    var blog = r.map().node("Blog").orElseThrow();
    assertThat(blog.cost().money()).contains(Money.of(1_200, "GBP"));
    assertThat(blog.cost().moneyEvery()).contains(Rhythm.YEAR);
    assertThat(blog.cost().hoursEvery()).isEmpty();
    assertThat(CsvMapWriter.write(r.map()).elements())
        .contains("Cost,Hours,Until")
        .contains("EUR,,,2019-03,,120/year,4/month,2022-08")
        .contains("GBP,,,,,1200/year,2,\n");
  }

  @Test
  void aRowWithAMistakeGivesOneMessage() {
    ReadResult r =
        read(
            "ID,Type,Date,Until,Cost\nAcme,job,2019-03,2018,\nBlog,channel,,,5/day\n",
            "From,To\nAcme,Blog\n");
    List<Problem> all = networth.io.check.MapChecker.check(r, "elements.csv").problems();
    assertThat(all.stream().map(p -> p.position() + " " + p.message()).toList())
        .containsExactly(
            "elements.csv:2:4 the element ends (2018) before it starts (2019-03) (row 2, column D)",
            "elements.csv:3:5 bad Cost: 'day' is not a period (row 3, column E)");
  }
}
