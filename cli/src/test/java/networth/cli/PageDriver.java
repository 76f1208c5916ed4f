package networth.cli;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import javax.imageio.ImageIO;
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
 * The page as a person uses it in Chromium: what is written on it, what the map shows (the map's
 * read-only status on the body: {@code data-nodes}, {@code data-links}, {@code data-version}),
 * screens of a laptop's and a phone's size, and screenshots kept in {@code target/}.
 */
record PageDriver(ChromeDriver browser) {

  String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  String headline() {
    return text("headline");
  }

  /** One of the body's status attributes ("" until the page has drawn a map). */
  String status(String name) {
    String v = browser.findElement(By.tagName("body")).getAttribute("data-" + name);
    return v == null ? "" : v;
  }

  long nodes() {
    return status("nodes").isEmpty() ? -1 : Long.parseLong(status("nodes"));
  }

  long links() {
    return status("links").isEmpty() ? -1 : Long.parseLong(status("links"));
  }

  long version() {
    return status("version").isEmpty() ? -1 : Long.parseLong(status("version"));
  }

  WebElement find(String css) {
    return browser.findElement(By.cssSelector(css));
  }

  void click(String css) {
    find(css).click();
  }

  /** Chooses a node from the list below the legend, as a keyboard user does. */
  void choose(String id) {
    listed(id).click();
  }

  /** A node's button in the list below the legend (the list opened first, if it is closed). */
  WebElement listed(String id) {
    WebElement list = find(".node-list");
    if (list.getAttribute("open") == null) {
      find(".node-list > summary").click();
    }
    return find("#node-list button[data-id='" + id + "']");
  }

  void waitFor(Function<WebDriver, Boolean> condition) {
    waitFor(Duration.ofSeconds(20), condition);
  }

  void waitFor(Duration limit, Function<WebDriver, Boolean> condition) {
    new WebDriverWait(browser, limit)
        .withMessage(
            () ->
                "the page says: "
                    + text("status")
                    + " / "
                    + text("headline").lines().findFirst().orElse(""))
        .until(condition::apply);
  }

  /** Whether pressing Tab from the top of the page comes to the element (within 400 presses). */
  boolean tabReaches(String css) {
    WebElement target = find(css);
    browser.executeScript("document.activeElement && document.activeElement.blur()");
    for (int i = 0; i < 400; i++) {
      new Actions(browser).sendKeys(Keys.TAB).perform();
      if (browser.switchTo().activeElement().equals(target)) {
        return true;
      }
    }
    return false;
  }

  /** The page on a screen of this size; a phone's is a mobile viewport. */
  void screen(int width, int height) {
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 700));
    // A phone opens a page at its own width; a page switched to one after opening keeps the zoom
    // it had, and would be pictured zoomed out as no phone shows it.
    browser.executeCdpCommand("Emulation.setPageScaleFactor", Map.of("pageScaleFactor", 1));
  }

  void shot(String name) throws Exception {
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", name), browser.getScreenshotAs(OutputType.BYTES));
  }

  /**
   * Where on the map a shape of this fill colour is drawn, as a person finds it by eye: the centre
   * of the map's pixels of that colour, from the map's top left corner. Only for a map in which
   * that colour is one shape's alone.
   */
  int[] whereIs(String colour) throws Exception {
    BufferedImage seen = seen();
    int want = Integer.parseInt(colour.substring(1), 16);
    long sx = 0;
    long sy = 0;
    long n = 0;
    for (int y = 0; y < seen.getHeight(); y++) {
      for (int x = 0; x < seen.getWidth(); x++) {
        if (near(seen.getRGB(x, y) & 0xffffff, want)) {
          sx += x;
          sy += y;
          n++;
        }
      }
    }
    if (n < 20) {
      throw new AssertionError("no shape of colour " + colour + " on the map");
    }
    return new int[] {(int) (sx / n), (int) (sy / n)};
  }

  /**
   * How much of the width of the shape of this fill colour a grey line crosses, in its middle third
   * (so not its border): the largest share of one row's pixels that are the SVG's #666.
   */
  double lineAcross(String fill) throws Exception {
    BufferedImage seen = seen();
    int want = Integer.parseInt(fill.substring(1), 16);
    int x1 = Integer.MAX_VALUE;
    int x2 = -1;
    int y1 = Integer.MAX_VALUE;
    int y2 = -1;
    for (int y = 0; y < seen.getHeight(); y++) {
      for (int x = 0; x < seen.getWidth(); x++) {
        if (near(seen.getRGB(x, y) & 0xffffff, want)) {
          x1 = Math.min(x1, x);
          x2 = Math.max(x2, x);
          y1 = Math.min(y1, y);
          y2 = Math.max(y2, y);
        }
      }
    }
    if (x2 < 0) {
      throw new AssertionError("no shape of colour " + fill + " on the map");
    }
    int third = (y2 - y1) / 3;
    double best = 0;
    for (int y = y1 + third; y <= y2 - third; y++) {
      int grey = 0;
      for (int x = x1; x <= x2; x++) {
        int p = seen.getRGB(x, y) & 0xffffff;
        grey +=
            Math.abs(((p >> 16) & 0xff) - 0x70) < 0x28
                    && near(p, p & 0xff | (p & 0xff) << 8 | (p & 0xff) << 16)
                ? 1
                : 0;
      }
      best = Math.max(best, grey / (double) (x2 - x1 + 1));
    }
    return best;
  }

  private BufferedImage seen() throws Exception {
    WebElement map = browser.findElement(By.id("cy"));
    return ImageIO.read(new ByteArrayInputStream(map.getScreenshotAs(OutputType.BYTES)));
  }

  private static boolean near(int a, int b) {
    for (int shift = 0; shift < 24; shift += 8) {
      if (Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)) > 6) {
        return false;
      }
    }
    return true;
  }

  /** Drags on the map from one point to another (points from its top left corner). */
  void drag(int[] from, int[] to) {
    WebElement map = browser.findElement(By.id("cy"));
    int w = map.getRect().getWidth();
    int h = map.getRect().getHeight();
    // Offsets from the map's centre, which is where Selenium's moveToElement points.
    new Actions(browser)
        .moveToElement(map, from[0] - w / 2, from[1] - h / 2)
        .clickAndHold()
        .moveByOffset(10, 10)
        .moveToElement(map, to[0] - w / 2, to[1] - h / 2)
        .release()
        .perform();
  }

  /** Uploads a map file with the page's Upload button. */
  void upload(Path map) {
    find("#upload").sendKeys(map.toAbsolutePath().toString());
  }

  /** Adds a person with the node form. */
  void addPerson(String name, String note) {
    WebElement form = find("#node-form");
    new Select(form.findElement(By.name("kind"))).selectByValue("person");
    form.findElement(By.name("id")).sendKeys(name);
    form.findElement(By.name("note")).sendKeys(note);
    form.findElement(By.cssSelector("button[type=submit]")).click();
  }

  /** Adds a link with the link form. */
  void linkWithTheForm(String from, String to, String kind, String date) {
    WebElement link = find("#link-form");
    link.findElement(By.name("from")).clear();
    link.findElement(By.name("from")).sendKeys(from);
    link.findElement(By.name("to")).clear();
    link.findElement(By.name("to")).sendKeys(to);
    link.findElement(By.name("kind")).sendKeys(kind);
    link.findElement(By.name("date")).sendKeys(date);
    link.findElement(By.cssSelector("button[type=submit]")).click();
  }

  /** The map as text, from its editor (opened first, if it is closed). */
  String mapText() {
    WebElement text = find("#text");
    if (text.getAttribute("open") == null) {
      click("#text > summary");
    }
    return find("#netmap").getAttribute("value");
  }
}
