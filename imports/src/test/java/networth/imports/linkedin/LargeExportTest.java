package networth.imports.linkedin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import networth.imports.Found;
import networth.imports.ImportFile;
import networth.io.Progress;
import org.junit.jupiter.api.Test;

/** A large Connections.csv: every row taken, and progress heard as it is read. */
class LargeExportTest {

  private record Heard(String file, long rows, boolean done) {}

  @Test
  void twentyFiveThousandConnectionsAreAllTakenAndProgressIsHeard() throws Exception {
    StringBuilder csv =
        new StringBuilder("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
    for (int i = 1; i <= 25_000; i++) {
      csv.append("Person,No ")
          .append(i)
          .append(",https://www.linkedin.com/in/p")
          .append(i)
          .append(",,Company ")
          .append(i % 100)
          .append(",Engineer,08 Feb 2026\n");
    }
    List<Heard> heard = new ArrayList<>();
    Progress progress = (file, rows, done) -> heard.add(new Heard(file, rows, done));
    Found found =
        Export.importer()
            .read(
                List.of(ImportFile.of("big.csv", csv.toString().getBytes(StandardCharsets.UTF_8))),
                progress);
    // 25,000 people, 100 companies and the channel; a link and an affiliation for each person.
    assertEquals(25_000 + 100 + 1, found.nodes().size());
    assertEquals(25_000, found.links().size());
    assertEquals(25_000, found.affiliations().size());
    // The header and 25,000 rows: 25,001 lines, heard at 10,000 and 20,000, then at the end.
    assertEquals(
        List.of(
            new Heard("big.csv", 10_000, false),
            new Heard("big.csv", 20_000, false),
            new Heard("big.csv", 25_001, true)),
        heard);
  }
}
