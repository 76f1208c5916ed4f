package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The report of the blog post's map, opened in a real browser (Debian's Chromium, headless, driven
 * through its own ChromeDriver so that nothing is downloaded) on a laptop's screen (1400 × 900) and
 * a phone's (390 × 844): the map and the charts are drawn and visible, clicking lights up the
 * routes a person counts by hand from the post, and on the phone the map is readable and pans, the
 * tables scroll in their own boxes and the table of contents never hides a heading.
 */
class ReportInBrowserTest {

  static final String CHROMIUM = "/usr/bin/chromium";
  static final String DRIVER = "/usr/bin/chromedriver";

  @TempDir static Path dir;
  static ChromeDriver browser;
  static Path page;

  @BeforeAll
  static void open() throws Exception {
    assumeTrue(
        new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute(),
        "Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver;"
            + " .ci/run installs them)");
    page = dir.resolve("report.html");
    Run run = Run.of("report", "../examples/power-of-the-network.netmap", "-o", page.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")),
        "--window-size=1280,1000");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER))
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  static final int[] LAPTOP = {1400, 900};
  static final int[] PHONE = {390, 844};

  @BeforeEach
  void load() {
    show(LAPTOP);
  }

  /**
   * Opens the page as a screen of this size shows it: a phone's is a mobile viewport (scroll bars
   * over the content, touch), as Chromium's device mode gives it.
   */
  private void show(int[] size) {
    boolean phone = size[0] < 700;
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        java.util.Map.of(
            "width", size[0], "height", size[1], "deviceScaleFactor", 1, "mobile", phone));
    browser.executeCdpCommand(
        "Emulation.setTouchEmulationEnabled",
        java.util.Map.of("enabled", phone, "maxTouchPoints", phone ? 5 : 1));
    browser.get(page.toUri().toString());
    assertThat(number("return window.innerWidth")).isEqualTo(size[0]);
  }

  private double number(String script, Object... args) {
    return ((Number) browser.executeScript(script, args)).doubleValue();
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
    show(PHONE);
    Files.write(Path.of("target", "report-390.png"), browser.getScreenshotAs(OutputType.BYTES));
    browser.executeScript(
        "arguments[0].scrollIntoView()", browser.findElement(By.cssSelector("#map .map-frame")));
    Files.write(Path.of("target", "report-390-map.png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  /**
   * The smallest text of the map as the screen shows it, in CSS pixels: its size times the zoom.
   */
  private double smallestMapText() {
    return number(
        "var least = 1e9;"
            + "document.querySelectorAll('#map svg text').forEach(function (t) {"
            + "  var size = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;"
            + "  least = Math.min(least, size);"
            + "});"
            + "return least;");
  }

  @Test
  void theMapOpensReadableOnALaptopAndOnAPhone() {
    for (int[] size : List.of(LAPTOP, PHONE)) {
      show(size);
      // The notes are drawn at 10 px, the labels at 11 and 12: shown at their own size, none is
      // shrunk below 10 px to fit the screen's width.
      // (10 px give or take the browser's rounding: 9.9999 is 10.)
      assertThat(smallestMapText()).as("%d px wide", size[0]).isGreaterThan(9.99);
      // The map is wider than the screen, so it scrolls in its own box; the page does not.
      assertThat(number("return document.querySelector('#map .map-frame').scrollWidth"))
          .isGreaterThan(size[0]);
      assertThat(number("return document.documentElement.scrollWidth"))
          .isEqualTo(number("return document.documentElement.clientWidth"));
    }
    // "Fit to width" shrinks it to an overview, and back.
    browser.findElement(By.cssSelector("#map .zoom")).click();
    assertThat(number("return document.querySelector('#map svg').getBoundingClientRect().width"))
        .isLessThan(PHONE[0]);
    browser.findElement(By.cssSelector("#map .zoom")).click();
    assertThat(smallestMapText()).isGreaterThan(9.99);
  }

  @Test
  void onAPhoneAFingerPansTheMapInItsBox() {
    show(PHONE);
    WebElement frame = browser.findElement(By.cssSelector("#map .map-frame"));
    browser.executeScript("arguments[0].scrollIntoView()", frame);
    double top = number("return arguments[0].getBoundingClientRect().top", frame);
    // A swipe to the left, as a finger makes it, in the middle of the map's box.
    int y = (int) top + 200;
    browser.executeCdpCommand(
        "Input.dispatchTouchEvent",
        java.util.Map.of(
            "type", "touchStart", "touchPoints", List.of(java.util.Map.of("x", 300, "y", y))));
    for (int x = 290; x >= 0; x -= 10) {
      browser.executeCdpCommand(
          "Input.dispatchTouchEvent",
          java.util.Map.of(
              "type", "touchMove", "touchPoints", List.of(java.util.Map.of("x", x, "y", y))));
    }
    browser.executeCdpCommand(
        "Input.dispatchTouchEvent", java.util.Map.of("type", "touchEnd", "touchPoints", List.of()));
    assertThat(number("return arguments[0].scrollLeft", frame)).isGreaterThan(100);
    assertThat(number("return window.scrollX")).isZero();
  }

  @Test
  void onAPhoneEveryTableScrollsInItsOwnBoxAndKeepsItsColumnsReadable() {
    show(PHONE);
    List<WebElement> tables = browser.findElements(By.cssSelector("main table"));
    assertThat(tables).hasSizeGreaterThan(5);
    for (WebElement t : tables) {
      String caption =
          (String)
              browser.executeScript(
                  "return arguments[0].closest('.table-frame').getAttribute('aria-label')", t);
      double width = number("return arguments[0].getBoundingClientRect().width", t);
      if (width > PHONE[0]) {
        // Wider than the screen: then inside a box that scrolls sideways and fits the screen.
        assertThat(
                (String)
                    browser.executeScript(
                        "return getComputedStyle(arguments[0].parentElement).overflowX", t))
            .as(caption)
            .isIn("auto", "scroll");
        assertThat(number("return arguments[0].parentElement.getBoundingClientRect().right", t))
            .as(caption)
            .isLessThanOrEqualTo(PHONE[0]);
      }
      // No column of words squeezed to a letter a line: every text cell is at least 7 letters wide.
      assertThat(
              number(
                  "var least = 1e9;"
                      + "arguments[0].querySelectorAll('td:not(.num)').forEach(function (c) {"
                      + "  least = Math.min(least, c.getBoundingClientRect().width);"
                      + "});"
                      + "return least;",
                  t))
          .as(caption)
          .isGreaterThanOrEqualTo(7 * 8);
    }
    // And the page itself never scrolls sideways.
    assertThat(number("return document.documentElement.scrollWidth"))
        .isEqualTo(number("return document.documentElement.clientWidth"));
  }

  @Test
  void theTableOfContentsIsOneLineAndNeverCoversTheHeadingItJumpsTo() {
    for (int[] size : List.of(LAPTOP, PHONE)) {
      show(size);
      WebElement nav = browser.findElement(By.cssSelector("nav.toc"));
      List<WebElement> links = nav.findElements(By.tagName("a"));
      int y = links.get(0).getRect().getY();
      for (WebElement a : links) {
        assertThat(a.getRect().getY()).as("one line, %d px wide", size[0]).isEqualTo(y);
      }
      for (WebElement a : links) {
        String id = a.getAttribute("href").replaceFirst(".*#", "");
        browser.executeScript("arguments[0].click()", a);
        double bar =
            number("return document.querySelector('nav.toc').getBoundingClientRect().bottom");
        double heading =
            number("return document.querySelector('#" + id + " h2').getBoundingClientRect().top");
        assertThat(heading).as("%s at %d px wide", id, size[0]).isGreaterThanOrEqualTo(bar);
        assertThat(heading).as("%s at %d px wide", id, size[0]).isLessThan(size[1]);
      }
    }
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
      // The first page is full: the map follows the summary there rather than leaving the rest
      // of the page empty (its legend is on it).
      var firstPage = new org.apache.pdfbox.text.PDFTextStripper();
      firstPage.setStartPage(1);
      firstPage.setEndPage(1);
      assertThat(firstPage.getText(doc))
          .contains("At a glance")
          .contains("The map")
          .contains("Legend");
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
}
