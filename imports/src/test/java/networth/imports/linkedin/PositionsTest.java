package networth.imports.linkedin;

import static networth.imports.linkedin.Export.attributes;
import static networth.imports.linkedin.Export.file;
import static networth.imports.linkedin.Export.node;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import networth.imports.Found;
import networth.imports.Origin;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.PartialDate;
import org.junit.jupiter.api.Test;

/** Positions.csv: the user's own jobs, named as the seed example names them. */
class PositionsTest {

  // current/Positions.csv:
  // 2-3  Imagination, Technical Consultant, a description over two lines, "London, United
  //      Kingdom", Jun 2008 to May 2011
  // 4    Microsoft, Technology Advisor, London, Jun 2011, not finished
  // 5    Imagination again, Head of IT, 2005 to 2008 (years alone)
  private final Found found = Export.read(file("current/Positions.csv", "Positions.csv"));

  @Test
  void eachPositionIsAJobNamedAfterItsCompany() {
    Found.Entry<Node> imagination = node(found, "Imagination job");
    Node job = imagination.item();
    assertEquals(NodeKind.JOB, job.kind());
    assertEquals("Technical Consultant at Imagination", job.label());
    assertEquals(Optional.of(new PartialDate(2008, 6, 0)), job.date());
    assertEquals(Optional.of(new PartialDate(2011, 5, 0)), job.until());
    assertEquals("Deployed Google Apps, then ran the IT of the London office", job.note());
    assertEquals(
        attributes(
            "title", "Technical Consultant",
            "location", "London, United Kingdom",
            "organisation", "Imagination"),
        job.attributes());
    assertEquals(new Origin("Positions.csv", 2), imagination.origin());
  }

  @Test
  void theCurrentJobHasNoEnd() {
    Found.Entry<Node> microsoft = node(found, "Microsoft job");
    assertEquals(Optional.of(new PartialDate(2011, 6, 0)), microsoft.item().date());
    assertEquals(Optional.empty(), microsoft.item().until());
    // The description of the row before ran over two lines, so this row is line 4.
    assertEquals(new Origin("Positions.csv", 4), microsoft.origin());
  }

  @Test
  void aSecondJobAtTheSameCompanyIsToldApartByItsTitle() {
    Node second = node(found, "Imagination job (Head of IT)").item();
    assertEquals("Head of IT at Imagination", second.label());
    assertEquals(Optional.of(new PartialDate(2005, 0, 0)), second.date());
    assertEquals(Optional.of(new PartialDate(2008, 0, 0)), second.until());
    assertEquals(
        List.of("Imagination job", "Microsoft job", "Imagination job (Head of IT)"),
        Export.ids(found));
    assertEquals(List.of(), found.links(), "the user's jobs link to no one by themselves");
  }
}
