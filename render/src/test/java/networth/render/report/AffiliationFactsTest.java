package networth.render.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import networth.graph.MapGraph;
import networth.io.MapFiles;
import networth.model.NetworkMap;
import networth.render.report.Report.Bullets;
import networth.render.report.Report.Section;
import org.junit.jupiter.api.Test;

/** The report says who belongs where, after the map, and only for a map that says it. */
class AffiliationFactsTest {

  private static Report report(String file) throws Exception {
    NetworkMap map = MapFiles.read(List.of(Path.of("../examples/" + file))).map();
    return ReportBuilder.build(map, MapGraph.of(map), file);
  }

  @Test
  void theFreelancersReportListsHerPeoplesAffiliationsAfterTheMap() throws Exception {
    Report r = report("freelance-designer.netmap");
    List<String> ids = r.sections().stream().map(Section::id).toList();
    assertThat(ids.indexOf("affiliations")).isEqualTo(ids.indexOf("map") + 1);
    Section s = r.sections().get(ids.indexOf("affiliations"));
    assertThat(s.title()).isEqualTo("Who belongs where");
    assertThat(((Bullets) s.blocks().get(1)).items())
        .containsExactly(
            "Sam works at Northwind", "Priya owns Bloom Coffee", "Lena member of Design meetup");
    String html = HtmlReport.write(r);
    assertThat(html).contains("Who belongs where").contains("Priya owns Bloom Coffee");
    // The map's tooltips say it of each node, both ways.
    assertThat(html)
        .contains(
            "<title>Sam — my art director at Acme, now head of design at Northwind; works at"
                + " Northwind</title>")
        .contains("<title>Bloom Coffee — Priya owns it</title>");
  }

  @Test
  void aMapWithoutAffiliationsHasNoSuchSection() throws Exception {
    NetworkMap map = NetworkMap.builder().link("Blog", "Sam").build();
    Report r = ReportBuilder.build(map, MapGraph.of(map), "m.netmap");
    assertThat(r.sections()).extracting(Section::id).doesNotContain("affiliations");
  }

  @Test
  void aSentenceGivesTheLabelsTheTenseTheDatesAndTheNote() throws Exception {
    NetworkMap map =
        networth.io.netmap.NetmapReader.read(
                "m.netmap",
                """
                person AndyC label Andy
                AndyC worked at Cielo since 2012 until 2014 : a partner
                """)
            .map();
    assertThat(AffiliationFacts.sentence(map, map.affiliations().get(0)))
        .isEqualTo("Andy worked at Cielo, since 2012 until 2014: a partner");
  }
}
