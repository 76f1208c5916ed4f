package networth.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import networth.diagnostics.Problem;
import networth.io.ReadResult;
import networth.io.netmap.NetmapReader;
import org.junit.jupiter.api.Test;

/**
 * The further deals of a client who came back, in the spreadsheets: a row per deal with the
 * client's ID and its number in the Deal column.
 */
class CsvDealsTest {

  private static ReadResult read(String elements) {
    return CsvMapReader.read(
        Optional.of(CsvMapReader.Sheet.of("elements.csv", elements)), Optional.empty());
  }

  @Test
  void aDealIsARowWithTheClientsIdAndItsNumber() {
    ReadResult netmap =
        NetmapReader.read(
            "m.netmap",
            """
            currency EUR
            client "Bloom Coffee" value €4,000 won 2023-02-20
            deal "Bloom Coffee" value €2,500 won 2024-05-10 stage "spring menu"
            deal "Bloom Coffee" value 6k p 40% since 2024-10
            group cafés = "Bloom Coffee"
            """);
    CsvMapWriter.Sheets sheets = CsvMapWriter.write(netmap.map());
    assertThat(sheets.elements())
        .isEqualTo(
            """
            ID,Label,Type,Tags,Value,Currency,Probability,Stage,Date,Description,Deal
            Bloom Coffee,Bloom Coffee,client,cafés,4000,EUR,,,2023-02-20,,
            Bloom Coffee,Bloom Coffee,client,,2500,EUR,,spring menu,2024-05-10,,2
            Bloom Coffee,Bloom Coffee,prospect,,6000,EUR,0.4,,2024-10,,3
            """);
    ReadResult back = read(sheets.elements());
    assertThat(back.problems()).isEmpty();
    assertThat(back.map().node("Bloom Coffee")).isEqualTo(netmap.map().node("Bloom Coffee"));
    assertThat(back.map().group("cafés").orElseThrow().members()).containsExactly("Bloom Coffee");
  }

  private static Problem only(String elements) {
    List<Problem> ps = read(elements).problems();
    assertThat(ps).as(elements).hasSize(1);
    return ps.get(0);
  }

  @Test
  void eachWrongDealRowIsReportedInItsCell() {
    Problem before = only("ID,Type,Value,Deal\nA,client,1k,2\nA,client,1k,\n");
    assertThat(before.message()).startsWith("a deal of 'A' comes before the row of 'A'");
    assertThat(before.position().toString()).isEqualTo("elements.csv:2:4");
    assertThat(only("ID,Type,Value,Deal\nA,person,,\nA,client,1k,2\n").message())
        .startsWith("'A' is a person, and only an opportunity has deals");
    assertThat(only("ID,Type,Value,Deal\nA,client,1k,\nA,client,1k,3\n").message())
        .startsWith("expected deal 2 of 'A'");
    assertThat(only("ID,Type,Value,Deal\nA,client,1k,\nA,job,1k,2\n").message())
        .startsWith("a deal's Type is client (won), prospect (open) or lost");
    assertThat(only("ID,Type,Value,Probability,Deal\nA,client,1k,,\nA,client,1k,40%,2\n").message())
        .startsWith("a probability is for prospects");
  }

  @Test
  void aDealWithoutAValueIsRefusedAsTheMapFileAndJsonRefuseIt() {
    // Found by fuzzing: read from the sheet, such a deal was written as "deal A won 2024-05-10",
    // which the map file refuses.
    Problem inCell = only("ID,Type,Value,Date,Deal\nA,client,1k,,\nA,client,,2024-05-10,2\n");
    assertThat(inCell.message()).startsWith("a deal needs a value");
    assertThat(inCell.position().toString()).isEqualTo("elements.csv:3:3");
    assertThat(inCell.hint()).contains("deal 2 of 'A'");
    Problem noColumn = only("ID,Type,Date,Deal\nA,client,,\nA,client,2024-05-10,2\n");
    assertThat(noColumn.position().toString()).isEqualTo("elements.csv:3:4");
    ReadResult netmap = NetmapReader.read("m.netmap", "client A value 1k\ndeal A won 2024-05-10\n");
    assertThat(netmap.problems())
        .singleElement()
        .satisfies(p -> assertThat(inCell.message()).startsWith(p.message()));
  }

  @Test
  void aDealRowWithAMistakeStillTakesItsNumber() {
    // Deal 2 has a bad value and deal 3 a wrong type: one message each, and deals 3 and 4 are
    // not also "expected deal 2" (the rows after a bad one were once each reported again).
    List<Problem> ps =
        read("ID,Type,Value,Deal\nA,client,1k,\nA,client,lots,2\nA,job,1k,3\nA,client,2k,4\n")
            .problems();
    assertThat(ps.stream().map(p -> p.position().toString() + " " + p.message()).toList())
        .hasSize(2)
        .satisfiesExactly(
            first ->
                assertThat(first).startsWith("elements.csv:3:3 bad Value: 'lots' is not an amount"),
            second -> assertThat(second).startsWith("elements.csv:4:2 a deal's Type is"));
  }
}
