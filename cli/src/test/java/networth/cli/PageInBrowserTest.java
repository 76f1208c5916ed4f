package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page as a new user meets it: {@code networth serve} on 127.0.0.1 (any free port), the page
 * opened in Debian's Chromium (headless, through its own ChromeDriver), the blog post's map
 * uploaded, a person added and linked by the forms and by dragging on the map, the headline and the
 * map changing, and undo bringing them back. Screenshots at a laptop's 1400×900 and a phone's
 * 390×844 are kept in {@code target/} (page-*.png).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PageInBrowserTest {

  @TempDir static Path dir;
  static Process server;
  static String url;
  static ChromeDriver browser;

  /** The headline of the uploaded example, counted by hand from the post (docs/analyses.md). */
  static final String SOCIAL_9 =
      "Social (LinkedIn, Twitter, My blog) played a part in 9 of 10 opportunities (93% of the"
          + " value): 2 directly, 7 indirectly.";

  /**
   * With Twitter → Sam → Prospect 1, Twitter (social) reaches Prospect 1 too: all ten, Prospect 1
   * (£17,500 of the £234,250) now counted, through Sam, indirectly.
   */
  static final String SOCIAL_10 =
      "Social (LinkedIn, Twitter, My blog) played a part in all 10 opportunities (100% of the"
          + " value): 2 directly, 8 indirectly.";

  @BeforeAll
  static void start() throws Exception {
    ReportBrowser.requireChromium();
    ServeProcess serve = ServeProcess.start(dir.resolve("data"));
    server = serve.process();
    url = serve.url();
    browser = ReportBrowser.chromium(dir, 1400, 900);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.destroy();
      server.waitFor();
    }
  }

  @Test
  @Order(1) // a new user: no map yet
  void uploadAddAPersonAndALinkSeeTheHeadlineAndTheMapChangeThenUndo() throws Exception {
    screen(1400, 900);
    browser.get(url);
    waitFor(d -> d.findElement(By.id("status")).getText().contains("Upload a map file"));

    // Upload the example: the headline says what `networth summary` says, the map has its 33
    // nodes and 34 links (as the report's map has).
    browser
        .findElement(By.id("upload"))
        .sendKeys(ServeApiTest.example("power-of-the-network").toAbsolutePath().toString());
    waitFor(d -> headline().contains(SOCIAL_9));
    assertThat(headline()).contains("10 opportunities worth £234,250");
    assertThat(count("node.box")).isEqualTo(33);
    assertThat(count("edge")).isEqualTo(34);

    // Add Sam, a person, with the node form.
    WebElement form = browser.findElement(By.id("node-form"));
    new Select(form.findElement(By.name("kind"))).selectByValue("person");
    form.findElement(By.name("id")).sendKeys("Sam");
    form.findElement(By.name("note")).sendKeys("met at a meetup");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    waitFor(d -> count("node.box") == 34);
    assertThat(count("node.box[kind = 'person'][id = 'Sam']")).isEqualTo(1);

    // Twitter led to Sam: drawn on the map, dragging from one to the other.
    browser.findElement(By.id("draw-link")).click();
    browser.executeScript(
        "const cy = window.networth.cy;"
            + "cy.fit(cy.getElementById('Twitter').union(cy.getElementById('Sam')), 80);");
    drag("Twitter", "Sam");
    WebElement link = browser.findElement(By.id("link-form"));
    assertThat(link.findElement(By.name("from")).getAttribute("value")).isEqualTo("Twitter");
    assertThat(link.findElement(By.name("to")).getAttribute("value")).isEqualTo("Sam");
    link.findElement(By.name("kind")).sendKeys("saw a tweet");
    link.findElement(By.cssSelector("button[type=submit]")).click();
    waitFor(d -> count("edge") == 35);
    browser.findElement(By.id("draw-link")).click();

    // Sam introduced Prospect 1: the form, from the keyboard's side. Prospect 1 was the one
    // opportunity no social channel touched (it came from the IT Directors' Forum alone), so
    // social now plays a part in all ten.
    link = browser.findElement(By.id("link-form"));
    link.findElement(By.name("from")).clear();
    link.findElement(By.name("from")).sendKeys("Sam");
    link.findElement(By.name("to")).sendKeys("Prospect 1");
    link.findElement(By.name("kind")).sendKeys("introduced");
    link.findElement(By.name("date")).sendKeys("2014-05");
    link.findElement(By.cssSelector("button[type=submit]")).click();
    waitFor(d -> count("edge") == 36);
    waitFor(d -> headline().contains(SOCIAL_10));
    assertThat(headline()).doesNotContain(SOCIAL_9);
    // The picture: Sam is drawn between Twitter and Prospect 1, as a person (an ellipse).
    assertThat(
            browser.executeScript(
                "const cy = window.networth.cy; const s = cy.getElementById('Sam');"
                    + "return [s.style('shape'), s.incomers('node').id(), s.outgoers('node').id()];"))
        .isEqualTo(List.of("ellipse", "Twitter", "Prospect 1"));
    // The text editor shows the same map.
    assertThat(text())
        .startsWith("title \"The power of the network\"")
        .containsPattern("person Sam +note \"met at a meetup\"")
        .contains("Twitter -[saw a tweet]-> Sam -[introduced 2014-05]-> \"Prospect 1\"");

    // Selecting Prospect 1 lights up its routes and shows its facts, routes, credit and what-if.
    browser.findElement(By.cssSelector(".node-list > summary")).click();
    browser.findElement(By.cssSelector("#node-list button[data-id='Prospect 1']")).click();
    waitFor(d -> d.findElement(By.id("gone")).getText().contains("would be lost"));
    assertThat(browser.findElement(By.id("routes")).getText())
        .contains("Twitter → Sam → Prospect 1");
    // Its credit, linear: Prospect 1 counts at £35,000 × 50% = £17,500, shared equally by its two
    // routes (£8,750 each); the route Twitter → Sam has two touches before it, £4,375 each.
    waitFor(d -> !d.findElements(By.cssSelector("#credit tr[data-node='Sam']")).isEmpty());
    assertThat(browser.findElement(By.cssSelector("#credit tr[data-node='Sam']")).getText())
        .isEqualTo("Sam £4,375 25%");
    assertThat(browser.findElement(By.cssSelector("#credit tr[data-node='Twitter']")).getText())
        .isEqualTo("Twitter £4,375 25%");
    browser.executeScript("window.scrollTo(0, 0)");
    shot("page-1400.png");
    assertThat(
            browser.executeScript(
                "return window.networth.cy.getElementById('Sam').hasClass('dim')"))
        .isEqualTo(false);
    assertThat(
            browser.executeScript(
                "return window.networth.cy.getElementById('Client 1').hasClass('dim')"))
        .isEqualTo(true);

    // Undo three times: the links, then Sam, go; the headline and the map are as uploaded.
    for (int edges : new int[] {35, 34}) {
      browser.findElement(By.id("undo")).click();
      waitFor(d -> count("edge") == edges);
    }
    waitFor(d -> headline().contains(SOCIAL_9));
    browser.findElement(By.id("undo")).click();
    waitFor(d -> count("node.box") == 33);
    assertThat(count("edge")).isEqualTo(34);
    assertThat(headline()).contains(SOCIAL_9).contains("10 opportunities worth £234,250");
    browser.findElement(By.cssSelector("#history-card > summary")).click();
    // Each change is a version, and undo adds one: created, three edits, three undos.
    assertThat(browser.findElements(By.cssSelector("#history li"))).hasSize(7);
    assertThat(browser.findElement(By.id("history")).getText())
        .contains("1. created")
        .contains("added person \"Sam\"");

    screen(390, 844);
    browser.navigate().refresh();
    waitFor(d -> headline().contains(SOCIAL_9));
    shot("page-390.png");
    // On a phone the panel follows the map: Client 1 chosen, its routes lit and listed.
    browser.findElement(By.id("search")).sendKeys("Client 1");
    waitFor(d -> d.findElement(By.id("routes")).getText().contains("4 routes"));
    assertThat(browser.findElement(By.id("side")).getRect().getY())
        .isGreaterThan(browser.findElement(By.id("cy")).getRect().getY());
    browser.executeScript("document.getElementById('cy').scrollIntoView()");
    shot("page-390-map.png");
    browser.executeScript("document.getElementById('selected').scrollIntoView()");
    shot("page-390-panel.png");
  }

  @Test
  @Order(2)
  void aMistakeIsMarkedAtItsLineLabelsStayTextAndAStaleChangeOffersToReload() throws Exception {
    screen(1400, 900);
    browser.get(url);
    waitFor(d -> count("node.box") > 0); // the map the first test left
    browser
        .findElement(By.id("upload"))
        .sendKeys(ServeApiTest.example("power-of-the-network").toAbsolutePath().toString());
    waitFor(d -> d.findElement(By.id("status")).getText().startsWith("Uploaded"));
    assertThat(count("node.box")).isEqualTo(33);
    String id = (String) browser.executeScript("return window.networth.id");

    // A line typed with a quote left open is marked at its line as it is typed, nothing stored.
    String before = text();
    int line = before.split("\n", -1).length + 1;
    WebElement area = browser.findElement(By.id("netmap"));
    area.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\nperson \"Ann");
    waitFor(
        d ->
            !d.findElements(By.cssSelector(".gutter .line.error[data-line='" + line + "']"))
                .isEmpty());
    assertThat(browser.findElement(By.id("text-problems")).getText())
        .contains("line " + line + ", column 8");
    browser.findElement(By.xpath("//button[text()='Discard my text']")).click();
    assertThat(browser.findElements(By.cssSelector(".gutter .line.error"))).isEmpty();

    // A fact the checker refuses is shown beside its field, and nothing is stored.
    WebElement form = browser.findElement(By.id("node-form"));
    new Select(form.findElement(By.name("kind"))).selectByValue("prospect");
    form.findElement(By.name("id")).sendKeys("Deal X");
    form.findElement(By.name("value")).sendKeys("1000");
    form.findElement(By.name("date")).sendKeys("2014-13");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    By beside = By.cssSelector("#node-form [data-field='date'] .problem");
    waitFor(d -> !d.findElement(beside).getText().isEmpty());
    assertThat(browser.findElement(beside).getText())
        .isEqualTo("month 13 is not between 1 and 12 (write YYYY, YYYY-MM or YYYY-MM-DD)");
    assertThat(count("node.box")).isEqualTo(33);

    // A name that looks like markup is shown as the characters it is, never as markup.
    String markup = "<img src=x onerror=document.title='owned'>";
    new Select(form.findElement(By.name("kind"))).selectByValue("person");
    form.findElement(By.name("id")).clear();
    form.findElement(By.name("date")).clear();
    form.findElement(By.name("id")).sendKeys(markup);
    form.findElement(By.cssSelector("button[type=submit]")).click();
    waitFor(d -> count("node.box") == 34);
    browser.findElement(By.id("search")).sendKeys(markup);
    waitFor(d -> d.findElement(By.cssSelector("#selected h2")).getText().startsWith(markup));
    assertThat(browser.findElements(By.cssSelector("#selected img, #found img, #forms img")))
        .isEmpty();
    assertThat(browser.getTitle()).doesNotContain("owned");

    // Someone else changes the map (through the API, with a session of their own); the page's
    // next change is refused and it offers to read the map again.
    OtherSession other = OtherSession.open(url);
    other.addNode(id, "Zed");
    form = browser.findElement(By.id("node-form"));
    form.findElement(By.cssSelector("button:not([type=submit])")).click(); // a new node
    form = browser.findElement(By.id("node-form"));
    form.findElement(By.name("id")).sendKeys("Yan");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    waitFor(d -> d.findElement(By.id("stale")).isDisplayed());
    assertThat(browser.findElement(By.id("stale")).getText())
        .contains("Someone else changed this map");
    browser.findElement(By.id("reload")).click();
    waitFor(d -> !d.findElement(By.id("stale")).isDisplayed() && count("node.box") == 35);
    assertThat(count("node.box[id = 'Zed']")).isEqualTo(1);
    assertThat(count("node.box[id = 'Yan']")).isZero();

    // The filters: only the channels (LinkedIn, Twitter, My blog), then everything again.
    new Select(browser.findElement(By.id("filter-kind"))).selectByValue("channel");
    assertThat(count("node.box:visible")).isEqualTo(3);
    new Select(browser.findElement(By.id("filter-kind"))).selectByValue("");
    assertThat(count("node.box:visible")).isEqualTo(35);

    // The download of the report is the report of this map.
    new Select(browser.findElement(By.id("format"))).selectByValue("html");
    String href = browser.findElement(By.id("download")).getAttribute("href");
    var report =
        OtherSession.HTTP.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(href)).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.body()).contains("<title>The power of the network — networth report</title>");
  }

  private static void drag(String from, String to) {
    WebElement canvas = browser.findElement(By.id("cy"));
    Map<String, Number> a = rendered(from);
    Map<String, Number> b = rendered(to);
    int w = canvas.getRect().getWidth();
    int h = canvas.getRect().getHeight();
    // Offsets from the container's centre, which is where Selenium's moveToElement points.
    new Actions(browser)
        .moveToElement(canvas, a.get("x").intValue() - w / 2, a.get("y").intValue() - h / 2)
        .clickAndHold()
        .moveByOffset(10, 10)
        .moveToElement(canvas, b.get("x").intValue() - w / 2, b.get("y").intValue() - h / 2)
        .release()
        .perform();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Number> rendered(String id) {
    return (Map<String, Number>)
        browser.executeScript(
            "return window.networth.cy.getElementById(arguments[0]).renderedPosition()", id);
  }

  private static String headline() {
    return browser.findElement(By.id("headline")).getText();
  }

  private static String text() {
    browser.findElement(By.cssSelector("#text > summary")).click();
    return browser.findElement(By.id("netmap")).getAttribute("value");
  }

  /** How many of the map's elements match a Cytoscape selector. */
  private static long count(String selector) {
    Object n =
        browser.executeScript(
            "const s = window.networth; return s && s.cy ? s.cy.elements(arguments[0]).length : -1",
            selector);
    return ((Number) n).longValue();
  }

  private static void waitFor(Function<WebDriver, Boolean> condition) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .withMessage(
            () ->
                "the page says: "
                    + browser.findElement(By.id("status")).getText()
                    + " / "
                    + browser.findElement(By.id("headline")).getText())
        .until(condition::apply);
  }

  private static void screen(int width, int height) {
    boolean phone = width < 700;
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", phone));
  }

  private static void shot(String name) throws Exception {
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", name), browser.getScreenshotAs(OutputType.BYTES));
  }
}
