package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The page as a new user meets it: {@code networth serve} on 127.0.0.1 (any free port), the page
 * opened in Debian's Chromium (headless, through its own ChromeDriver), the blog post's map
 * uploaded, a person added and linked by the forms and by choosing the link's two ends, the
 * headline and the map changing, undo bringing them back, and an earlier version restored from the
 * history. The tests drive the page as a person does: they click, type, drag where a shape is seen,
 * and read what is written; what the map draws is read from the body's status ({@code data-nodes},
 * …). Screenshots at a laptop's 1400×900 and a phone's 390×844 are kept in {@code target/}
 * (page-*.png).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PageInBrowserTest {

  @TempDir static Path dir;
  static ServedPage served;
  static String url;
  static ChromeDriver browser;
  static PageDriver page;

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
    served = ServedPage.start(dir);
    url = served.url();
    browser = served.browser();
    page = served.page();
  }

  @AfterAll
  static void stop() throws Exception {
    if (served != null) {
      served.close();
    }
  }

  @Test
  @Order(1) // a new user: no map yet
  void uploadAddAPersonAndALinkSeeTheHeadlineAndTheMapChangeThenUndo() throws Exception {
    page.screen(1400, 900);
    browser.get(url);
    page.waitFor(d -> page.text("status").contains("Upload a map file"));

    // Upload the example: the headline says what `networth summary` says, the map has its 33
    // nodes and 34 links (as the report's map has).
    page.upload(ServeApiTest.example("power-of-the-network"));
    page.waitFor(d -> page.headline().contains(SOCIAL_9));
    assertThat(page.headline()).contains("10 opportunities worth £234,250");
    assertThat(page.nodes()).isEqualTo(33);
    assertThat(page.links()).isEqualTo(34);

    // Add Sam, a person, with the node form.
    page.addPerson("Sam", "met at a meetup");
    page.waitFor(d -> page.nodes() == 34);
    assertThat(page.listed("Sam").getText()).isEqualTo("Sam (person)");

    // Twitter led to Sam: drawn by choosing its two ends one after the other, from the list of
    // nodes (the keyboard's way; a tap on each does the same on the map).
    page.click("#draw-link");
    page.choose("Twitter");
    assertThat(page.text("status")).contains("Drawing a link from Twitter");
    page.choose("Sam");
    WebElement link = page.find("#link-form");
    assertThat(link.findElement(By.name("from")).getAttribute("value")).isEqualTo("Twitter");
    assertThat(link.findElement(By.name("to")).getAttribute("value")).isEqualTo("Sam");
    link.findElement(By.name("kind")).sendKeys("saw a tweet");
    link.findElement(By.cssSelector("button[type=submit]")).click();
    page.waitFor(d -> page.links() == 35);
    page.click("#draw-link");

    // Sam introduced Prospect 1: the form. Prospect 1 was the one opportunity no social channel
    // touched (it came from the IT Directors' Forum alone), so social now plays a part in all ten.
    page.linkWithTheForm("Sam", "Prospect 1", "introduced", "2014-05");
    page.waitFor(d -> page.links() == 36);
    page.waitFor(d -> page.headline().contains(SOCIAL_10));
    assertThat(page.headline()).doesNotContain(SOCIAL_9);
    // The text editor shows the same map.
    assertThat(page.mapText())
        .startsWith("title \"The power of the network\"")
        .containsPattern("person Sam +note \"met at a meetup\"")
        .contains("Twitter -[saw a tweet]-> Sam -[introduced 2014-05]-> \"Prospect 1\"");

    // Selecting Prospect 1 lights up its routes and shows its facts, routes, credit and what-if.
    page.choose("Prospect 1");
    page.waitFor(d -> page.text("gone").contains("would be lost"));
    assertThat(page.text("routes")).contains("Twitter → Sam → Prospect 1");
    assertThat(page.text("status")).startsWith("The routes to Prospect 1:");
    // Its credit, linear: Prospect 1 counts at £35,000 × 50% = £17,500, shared equally by its two
    // routes (£8,750 each); the route Twitter → Sam has two touches before it, £4,375 each.
    page.waitFor(d -> !d.findElements(By.cssSelector("#credit tr[data-node='Sam']")).isEmpty());
    assertThat(page.find("#credit tr[data-node='Sam']").getText()).isEqualTo("Sam £4,375 25%");
    assertThat(page.find("#credit tr[data-node='Twitter']").getText())
        .isEqualTo("Twitter £4,375 25%");
    browser.executeScript("window.scrollTo(0, 0)");
    page.shot("page-1400.png");

    // Undo three times: the links, then Sam, go; the headline and the map are as uploaded.
    for (int edges : new int[] {35, 34}) {
      page.click("#undo");
      page.waitFor(d -> page.links() == edges);
    }
    page.waitFor(d -> page.headline().contains(SOCIAL_9));
    page.click("#undo");
    page.waitFor(d -> page.nodes() == 33);
    assertThat(page.links()).isEqualTo(34);
    assertThat(page.headline()).contains(SOCIAL_9).contains("10 opportunities worth £234,250");
    page.click("#history-card > summary");
    // Each change is a version, and undo adds one: created, three edits, three undos.
    assertThat(browser.findElements(By.cssSelector("#history li"))).hasSize(7);
    assertThat(page.text("history")).contains("1. created").contains("added person \"Sam\"");

    page.screen(390, 844);
    browser.navigate().refresh();
    page.waitFor(d -> page.headline().contains(SOCIAL_9));
    page.shot("page-390.png");
    // On a phone the panel follows the map: Client 1 chosen, its routes lit and listed.
    page.find("#search").sendKeys("Client 1");
    page.waitFor(d -> page.text("routes").contains("4 routes"));
    assertThat(page.find("#side").getRect().getY())
        .isGreaterThan(page.find("#cy").getRect().getY());
    browser.executeScript("document.getElementById('cy').scrollIntoView()");
    page.shot("page-390-map.png");
    browser.executeScript("document.getElementById('selected').scrollIntoView()");
    page.shot("page-390-panel.png");
  }

  @Test
  @Order(2)
  void restoringAnEarlierVersionBringsItsHeadlineAndMapBackAsANewVersion() throws Exception {
    page.screen(1400, 900);
    browser.get(url);
    page.waitFor(d -> page.nodes() > 0);
    page.upload(ServeApiTest.example("power-of-the-network"));
    page.waitFor(d -> page.text("status").startsWith("Uploaded") && page.version() == 1);

    // Three edits (versions 2, 3 and 4): Sam, Twitter → Sam, Sam → Prospect 1; social is then
    // in all ten opportunities, as in the first test.
    page.addPerson("Sam", "");
    page.waitFor(d -> page.version() == 2);
    page.linkWithTheForm("Twitter", "Sam", "saw a tweet", "");
    page.waitFor(d -> page.version() == 3);
    page.linkWithTheForm("Sam", "Prospect 1", "introduced", "2014-05");
    page.waitFor(d -> page.version() == 4 && page.headline().contains(SOCIAL_10));

    // Version 1, as uploaded, restored from the history: its headline and its 33 nodes and 34
    // links are back, and it is a new version, 5 (nothing is rewound: 2 to 4 stay in the history).
    page.click("#history-card > summary");
    page.waitFor(d -> page.text("history").startsWith("4. added the link"));
    assertThat(page.text("history").lines().filter(l -> l.contains("Restore")).count())
        .isEqualTo(3); // versions 1 to 3; the one shown now has none
    page.click("#history li[value='1'] button");
    page.waitFor(d -> page.version() == 5);
    page.waitFor(d -> page.headline().contains(SOCIAL_9));
    assertThat(page.nodes()).isEqualTo(33);
    assertThat(page.links()).isEqualTo(34);
    assertThat(page.text("status")).isEqualTo("Restored version 1 (as a new version).");
    page.waitFor(d -> page.text("history").startsWith("5. restored version 1"));
    assertThat(page.text("history"))
        .contains("4. added the link \"Sam\" -> \"Prospect 1\"")
        .contains("2. added person \"Sam\"");
    assertThat(page.find("#maps option:checked").getText()).endsWith("version 5)");
    browser.executeScript("document.getElementById('history-card').scrollIntoView()");
    page.shot("page-history-1400.png");

    // And forward again: version 4 restored as version 6, Sam and both links back.
    page.click("#history li[value='4'] button");
    page.waitFor(d -> page.version() == 6 && page.headline().contains(SOCIAL_10));
    assertThat(page.nodes()).isEqualTo(34);
    assertThat(page.links()).isEqualTo(36);

    page.screen(390, 844);
    browser.executeScript("document.getElementById('history-card').scrollIntoView()");
    page.shot("page-history-390.png");
    // Every Restore is a button, reached with Tab and named for its version.
    assertThat(page.find("#history li[value='1'] button").getAttribute("aria-label"))
        .isEqualTo("Restore version 1");
    assertThat(page.tabReaches("#history li[value='1'] button")).isTrue();
  }

  @Test
  @Order(3)
  void aLinkIsDrawnByDraggingAndALostOpportunityIsCrossedOut() throws Exception {
    page.screen(1400, 900);
    browser.get(url);
    page.waitFor(d -> page.nodes() > 0);
    // A small map: one channel (amber), one person (blue), one lost deal (grey), each the only
    // shape of its colour, so that they can be found on the map by eye.
    Path small = dir.resolve("small.netmap");
    Files.writeString(
        small,
        "title \"Small\"\nchannel Twitter\nperson Sam\nlost \"Old deal\" value 5k lost 2014-01\n"
            + "Sam -> \"Old deal\"\n");
    page.upload(small);
    page.waitFor(d -> page.text("status").startsWith("Uploaded") && page.links() == 1);
    page.click("#fit");
    // A map without groups: the group cards say how to get them, instead of an empty chart.
    page.waitFor(d -> page.text("charts").contains("Credit by group"));
    assertThat(page.text("charts"))
        .contains("The map has no groups yet: once it has one, each group's credit");

    page.click("#draw-link");
    page.drag(page.whereIs("#ffb703"), page.whereIs("#8ecae6"));
    WebElement link = page.find("#link-form");
    assertThat(link.findElement(By.name("from")).getAttribute("value")).isEqualTo("Twitter");
    assertThat(link.findElement(By.name("to")).getAttribute("value")).isEqualTo("Sam");
    link.findElement(By.cssSelector("button[type=submit]")).click();
    page.waitFor(d -> page.links() == 2);
    page.click("#draw-link");
    assertThat(page.mapText()).contains("\nTwitter -> Sam\n").contains("\nSam -> \"Old deal\"\n");

    // The lost deal is grey and crossed out as the SVG draws it: a #666 line through its middle
    // from 6 pixels inside one end to 6 inside the other, so most of one row is that grey.
    page.click("#fit");
    page.shot("page-lost-1400.png");
    assertThat(page.lineAcross("#c8c8c8")).isGreaterThan(0.4);
  }

  @Test
  @Order(4)
  void aMistakeIsMarkedAtItsLineLabelsStayTextAndAStaleChangeOffersToReload() throws Exception {
    page.screen(1400, 900);
    browser.get(url);
    page.waitFor(d -> page.nodes() > 0); // the map the tests before left
    page.upload(ServeApiTest.example("power-of-the-network"));
    page.waitFor(d -> page.text("status").startsWith("Uploaded") && page.version() == 1);
    assertThat(page.nodes()).isEqualTo(33);
    String id = page.status("map");

    // A line typed with a quote left open is marked at its line as it is typed, nothing stored.
    String before = page.mapText();
    int line = before.split("\n", -1).length + 1;
    WebElement area = browser.findElement(By.id("netmap"));
    area.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\nperson \"Ann");
    page.waitFor(
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
    page.waitFor(d -> !d.findElement(beside).getText().isEmpty());
    assertThat(browser.findElement(beside).getText())
        .isEqualTo("month 13 is not between 1 and 12 (write YYYY, YYYY-MM or YYYY-MM-DD)");
    assertThat(page.nodes()).isEqualTo(33);

    // A name that looks like markup is shown as the characters it is, never as markup.
    String markup = "<img src=x onerror=document.title='owned'>";
    new Select(form.findElement(By.name("kind"))).selectByValue("person");
    form.findElement(By.name("id")).clear();
    form.findElement(By.name("date")).clear();
    form.findElement(By.name("id")).sendKeys(markup);
    form.findElement(By.cssSelector("button[type=submit]")).click();
    page.waitFor(d -> page.nodes() == 34);
    browser.findElement(By.id("search")).sendKeys(markup);
    page.waitFor(d -> d.findElement(By.cssSelector("#selected h2")).getText().startsWith(markup));
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
    page.waitFor(d -> d.findElement(By.id("stale")).isDisplayed());
    assertThat(browser.findElement(By.id("stale")).getText())
        .contains("Someone else changed this map");
    browser.findElement(By.id("reload")).click();
    page.waitFor(d -> !d.findElement(By.id("stale")).isDisplayed() && page.nodes() == 35);
    page.click(".node-list > summary"); // every node as a list
    assertThat(browser.findElements(By.cssSelector("#node-list button[data-id='Zed']"))).hasSize(1);
    assertThat(browser.findElements(By.cssSelector("#node-list button[data-id='Yan']"))).isEmpty();

    // The filters: only the channels (LinkedIn, Twitter, My blog), then everything again.
    new Select(browser.findElement(By.id("filter-kind"))).selectByValue("channel");
    assertThat(page.text("shown")).isEqualTo("Showing 3 of 35 nodes (kind channel).");
    new Select(browser.findElement(By.id("filter-kind"))).selectByValue("");
    assertThat(page.text("shown")).isEmpty();

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

  @Test
  @Order(5)
  void onALargeMapAnEditIsDrawnInPlaceAndLayOutAgainPlacesEverything() throws Exception {
    page.screen(1400, 900);
    browser.get(url);
    page.waitFor(d -> page.nodes() > 0);
    // 1,500 people, 8 channels, 3 jobs, 100 opportunities: 1,611 nodes, above the 1,500 up to
    // which every edit is laid out again.
    Path large = dir.resolve("large.netmap");
    Run made =
        Run.of(
            "generate",
            "--people",
            "1500",
            "--links",
            "3000",
            "--opportunities",
            "100",
            "-o",
            large.toString());
    assertThat(made.exit()).as(made.err()).isZero();
    page.upload(large);
    // Laying out 1,611 nodes takes the server seconds, more on a busy machine.
    page.waitFor(
        Duration.ofMinutes(3),
        d -> page.text("status").startsWith("Uploaded") && page.version() == 1);
    long nodes = page.nodes();
    long links = page.links();
    assertThat(nodes).isGreaterThan(1500);
    assertThat(page.find("#lay-out").isDisplayed()).isFalse();

    // A person and a link from them to the first channel: drawn where the map is, no new layout.
    page.addPerson("Newcomer", "");
    page.waitFor(d -> page.version() == 2);
    assertThat(page.nodes()).isEqualTo(nodes + 1);
    assertThat(page.find("#lay-out").isDisplayed()).isTrue();
    page.linkWithTheForm("channel-0", "Newcomer", "", "");
    page.waitFor(d -> page.version() == 3);
    assertThat(page.links()).isEqualTo(links + 1);
    assertThat(page.mapText()).contains("channel-0 -> Newcomer");

    // Undone, both go again, in place.
    page.click("#undo");
    page.waitFor(d -> page.version() == 4);
    assertThat(page.links()).isEqualTo(links);
    page.click("#undo");
    page.waitFor(d -> page.version() == 5);
    assertThat(page.nodes()).isEqualTo(nodes);

    // Lay out again: the whole layout, the button gone until the next edit.
    page.click("#lay-out");
    page.waitFor(Duration.ofMinutes(3), d -> page.text("status").startsWith("Laid out again"));
    assertThat(page.find("#lay-out").isDisplayed()).isFalse();
    assertThat(page.nodes()).isEqualTo(nodes);
    assertThat(page.links()).isEqualTo(links);
  }
}
