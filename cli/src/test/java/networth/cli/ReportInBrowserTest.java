package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The report of the blog post's map, opened in a real browser (Debian's Chromium, headless, driven
 * through its own ChromeDriver so that nothing is downloaded): the map and the charts are drawn and
 * visible (screenshots at 1400 and 390 px wide in {@code target}), clicking lights up the routes a
 * person counts by hand from the post, and printing gives clean pages. How the page fits a laptop's
 * and a phone's screen: {@link ReportOnScreensTest}.
 */
class ReportInBrowserTest {

  @TempDir static Path dir;
  static ReportBrowser screen;
  static ChromeDriver browser;

  @BeforeAll
  static void open() throws Exception {
    screen = ReportBrowser.open(dir);
    browser = screen.driver();
  }

  @AfterAll
  static void close() {
    if (screen != null) {
      screen.quit();
    }
  }

  @BeforeEach
  void load() {
    screen.show(ReportBrowser.LAPTOP);
  }

  private WebElement node(String id) {
    return browser.findElement(By.cssSelector("#map g.node[data-id='" + id + "']"));
  }

  /** The ids of the map's nodes that are lit. */
  private Set<String> lit() {
    Set<String> ids = new TreeSet<>();
    browser
        .findElements(By.cssSelector("#map svg.lit g.node.on"))
        .forEach(e -> ids.add(e.getAttribute("data-id")));
    return ids;
  }

  private Set<String> litLinks() {
    Set<String> links = new TreeSet<>();
    browser
        .findElements(By.cssSelector("#map svg.lit path.link.on"))
        .forEach(e -> links.add(e.getAttribute("data-from") + ">" + e.getAttribute("data-to")));
    return links;
  }

  @Test
  void theMapAndTheChartsAreDrawnAndVisible() throws Exception {
    assertThat(browser.getTitle()).isEqualTo("The power of the network — networth report");
    List<WebElement> nodes = browser.findElements(By.cssSelector("#map g.node"));
    assertThat(nodes).hasSize(33);
    for (WebElement n : nodes) {
      assertThat(n.isDisplayed()).as(n.getAttribute("data-id")).isTrue();
      assertThat(n.getRect().getWidth()).as(n.getAttribute("data-id")).isPositive();
    }
    assertThat(browser.findElements(By.cssSelector("#map path.link"))).hasSize(34);
    for (String chart : List.of("svg.chart.bars", "svg.chart.flow")) {
      WebElement c = browser.findElement(By.cssSelector(chart));
      assertThat(c.isDisplayed()).as(chart).isTrue();
      assertThat(c.getRect().getHeight()).as(chart).isGreaterThan(150);
    }
    WebElement bar =
        browser.findElement(
            By.cssSelector("svg.chart.bars g.row[data-row='LinkedIn'] rect[data-series='first']"));
    assertThat(bar.getRect().getWidth()).isGreaterThan(100);
    // A picture of the map as the browser drew it holds the colours of its kinds: prospects
    // (green) and channels (amber) at its top left, where it opens, not a blank frame.
    WebElement frame = browser.findElement(By.cssSelector("#map .map-frame"));
    browser.executeScript("arguments[0].scrollIntoView()", frame);
    byte[] png = frame.getScreenshotAs(OutputType.BYTES);
    Files.write(Path.of("target", "report-map.png"), png);
    BufferedImage shot = ImageIO.read(new ByteArrayInputStream(png));
    // At least a few hundred pixels of each: several prospects and channels are in view.
    assertThat(pixels(shot, 0x90be6d)).as("prospect colour").isGreaterThan(300);
    assertThat(pixels(shot, 0xffb703)).as("channel colour").isGreaterThan(300);
    Files.write(Path.of("target", "report-1400.png"), browser.getScreenshotAs(OutputType.BYTES));
    screen.show(ReportBrowser.PHONE);
    Files.write(Path.of("target", "report-390.png"), browser.getScreenshotAs(OutputType.BYTES));
    browser.executeScript(
        "arguments[0].scrollIntoView()", browser.findElement(By.cssSelector("#map .map-frame")));
    Files.write(Path.of("target", "report-390-map.png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  /** How many of the picture's pixels are within a small distance of a colour. */
  private static int pixels(BufferedImage image, int rgb) {
    int hits = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int p = image.getRGB(x, y);
        int d =
            Math.abs(((p >> 16) & 255) - ((rgb >> 16) & 255))
                + Math.abs(((p >> 8) & 255) - ((rgb >> 8) & 255))
                + Math.abs((p & 255) - (rgb & 255));
        if (d < 24) {
          hits++;
        }
      }
    }
    return hits;
  }

  @Test
  void clickingAnOpportunityLightsUpEveryRouteToItAndDimsTheRest() {
    node("Client 1").click();
    // By hand from the post: Client 1 came through Cielo, reached from Emily directly and via
    // Roger and Andy; Emily from Twitter and from the TV slot, itself from the Google Apps project,
    // the Imagination job and LinkedIn.
    assertThat(lit())
        .containsExactlyInAnyOrder(
            "LinkedIn",
            "Imagination job",
            "Google Apps project",
            "Channel 4 News",
            "Twitter",
            "Emily",
            "Roger",
            "AndyC",
            "Cielo",
            "Client 1");
    assertThat(litLinks())
        .containsExactlyInAnyOrder(
            "LinkedIn>Imagination job",
            "Imagination job>Google Apps project",
            "Google Apps project>Channel 4 News",
            "Channel 4 News>Emily",
            "Twitter>Emily",
            "Emily>Roger",
            "Roger>AndyC",
            "AndyC>Cielo",
            "Emily>Cielo",
            "Cielo>Client 1");
    assertThat(node("Client 2").getCssValue("opacity")).isEqualTo("0.12");
    assertThat(node("Client 1").getCssValue("opacity")).isEqualTo("1");
    assertThat(
            browser
                .findElement(By.cssSelector("#map path.link.on[data-to='Client 1']"))
                .getCssValue("stroke"))
        .isEqualTo("rgb(214, 40, 40)");
    assertThat(browser.findElement(By.cssSelector("#map .map-status")).getText())
        .isEqualTo("The routes to Client 1: 9 nodes lead to it.");

    // A click on an empty spot shows the whole map again.
    browser.findElement(By.cssSelector("#map svg > rect")).click();
    assertThat(browser.findElements(By.cssSelector("#map svg.lit"))).isEmpty();
  }

  @Test
  void clickingAChannelLightsUpWhatItTouched() {
    node("Twitter").click();
    assertThat(lit())
        .containsExactlyInAnyOrder(
            "Twitter",
            "Emily",
            "Roger",
            "AndyC",
            "Cielo",
            "Client 1",
            "Matt",
            "Client 6",
            "Prospect 4");
    // Clicking it again lets go.
    node("Twitter").click();
    assertThat(browser.findElements(By.cssSelector("#map svg.lit"))).isEmpty();
  }

  @Test
  void clickingARowOfTheOpportunitiesTableLightsUpItsRoutes() {
    browser.findElement(By.cssSelector("#opportunities tr[data-node='Client 5']")).click();
    assertThat(lit())
        .containsExactlyInAnyOrder(
            "Guardian interview",
            "LinkedIn",
            "Imagination job",
            "Google Apps project",
            "AndyG",
            "Client 5");
  }

  /**
   * Printing the page (what "Save as PDF" does) uses the print style sheet: the navigation bar and
   * buttons are left out, and every section is there.
   */
  @Test
  void printingGivesCleanPages() throws Exception {
    org.openqa.selenium.Pdf pdf = browser.print(new org.openqa.selenium.print.PrintOptions());
    byte[] bytes = java.util.Base64.getDecoder().decode(pdf.getContent());
    try (var doc = org.apache.pdfbox.Loader.loadPDF(bytes)) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(2);
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("At a glance")
          .contains("Opportunities, routes and critical nodes")
          .contains("How to read this report")
          .doesNotContain("Fit to width");
      // The section titles stand once each: as headings, not again in a navigation bar.
      assertThat(text.split("How to read this report", -1)).hasSize(2);
      // The first page is full: what follows the summary (its table, then the map) goes on
      // filling it, rather than a large figure being pushed to the next page and leaving the rest
      // of this one empty. Its lowest line of text stands in the page's last quarter.
      var firstPage = new LowestText();
      firstPage.setStartPage(1);
      firstPage.setEndPage(1);
      assertThat(firstPage.getText(doc)).contains("At a glance");
      float height = doc.getPage(0).getMediaBox().getHeight();
      assertThat(firstPage.lowest)
          .as("lowest text on page 1 of %s", height)
          .isGreaterThan(0.75f * height);
      // No heading ends a page, away from what it introduces.
      List<String> headings =
          browser.findElements(By.cssSelector("main h2")).stream()
              .map(WebElement::getText)
              .toList();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        var page = new org.apache.pdfbox.text.PDFTextStripper();
        page.setStartPage(p);
        page.setEndPage(p);
        List<String> lines = page.getText(doc).lines().filter(l -> !l.isBlank()).toList();
        assertThat(headings)
            .as("the last line of page %d", p)
            .doesNotContain(lines.get(lines.size() - 1).strip());
      }
    }
  }

  /** Reads a page's text and where its lowest line stands, from the top of the page. */
  private static final class LowestText extends org.apache.pdfbox.text.PDFTextStripper {
    float lowest;

    @Override
    protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions)
        throws java.io.IOException {
      for (var p : positions) {
        lowest = Math.max(lowest, p.getYDirAdj());
      }
      super.writeString(text, positions);
    }
  }
}
