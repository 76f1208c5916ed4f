import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Times the page on a large map in Debian's headless Chromium (bench/page/run.sh starts the server
 * and uploads the map): the first draw, an edit's redraw (a person added with the node form), and
 * the whole map laid out again ("Lay out again", which is what every edit cost before edits were
 * drawn in place). Times come from the page's own Performance API marks ("networth:drawn", set
 * when the map's frame after a change is on the screen) against performance.now() taken just
 * before the click.
 *
 * <p>Arguments: the page's address, how many edits to time. LAY_OUT_AGAIN=no leaves out the last.
 */
public class PageTiming {
  public static void main(String[] args) throws Exception {
    String url = args[0];
    int edits = Integer.parseInt(args[1]);
    Path profile = Files.createTempDirectory("page-timing");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--window-size=1400,900");
    ChromeDriver page =
        new ChromeDriver(
            new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build(),
            options);
    try {
      page.manage().timeouts().scriptTimeout(Duration.ofMinutes(30));
      // Chromium keeps 250 resource timings unless told to keep more.
      page.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
          Map.of("source", "performance.setResourceTimingBufferSize(100000)"));
      page.get(url);
      waitFor(page, Duration.ofMinutes(30), "return document.body.dataset.nodes !== undefined");
      long nodes = Math.round(number(page, "return Number(document.body.dataset.nodes)"));
      long links = Math.round(number(page, "return Number(document.body.dataset.links)"));
      double first = number(page, "return performance.getEntriesByName('networth:drawn')[0].startTime");
      double layout =
          number(
              page,
              "return performance.getEntriesByType('resource')"
                  + ".filter(r => r.name.includes('/layout'))[0].duration");
      System.out.printf(
          "map: %d nodes, %d links%nfirst draw: %.0f ms from opening the page (of which the"
              + " layout's answer %.0f ms)%n",
          nodes, links, first, layout);

      List<Double> redraws = new ArrayList<>();
      for (int i = 1; i <= edits; i++) {
        WebElement form = page.findElement(By.id("node-form"));
        new Select(form.findElement(By.name("kind"))).selectByValue("person");
        form.findElement(By.name("id")).sendKeys("Timed person " + i);
        double t0 = number(page, "return performance.now()");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        long want = nodes + i;
        waitFor(
            page,
            Duration.ofMinutes(30),
            "return Number(document.body.dataset.nodes) === "
                + want
                + " && performance.getEntriesByName('networth:drawn').some(m => m.startTime > "
                + t0
                + ")");
        double drawn = lastDrawn(page, t0);
        redraws.add(drawn - t0);
        double answered = answered(page, t0, drawn);
        System.out.printf(
            "edit %d (add a person): %.0f ms to the map redrawn (the server's answers took %.0f ms"
                + " of it, the browser the rest)%n",
            i, drawn - t0, answered - t0);
      }
      redraws.sort(Double::compare);
      if (!redraws.isEmpty()) {
        System.out.printf("edit median: %.0f ms%n", redraws.get(redraws.size() / 2));
      }

      if (!"no".equals(System.getenv("LAY_OUT_AGAIN"))
          && page.findElement(By.id("lay-out")).isDisplayed()) {
        double t0 = number(page, "return performance.now()");
        page.findElement(By.id("lay-out")).click();
        waitFor(
            page,
            Duration.ofMinutes(30),
            "return performance.getEntriesByName('networth:drawn').some(m => m.startTime > "
                + t0
                + ")");
        double drawn = lastDrawn(page, t0);
        System.out.printf(
            "lay out again (an edit's redraw before): %.0f ms (the server's answers took %.0f ms"
                + " of it)%n",
            drawn - t0, answered(page, t0, drawn) - t0);
      }
    } finally {
      page.quit();
    }
  }

  static double lastDrawn(ChromeDriver page, double after) {
    return number(
        page,
        "return performance.getEntriesByName('networth:drawn').filter(m => m.startTime > "
            + after
            + ").pop().startTime");
  }

  /** When the last answer from the server that the redraw waited for came in. */
  static double answered(ChromeDriver page, double from, double to) {
    return number(
        page,
        "return Math.max("
            + from
            + ", ...performance.getEntriesByType('resource').filter(r => r.startTime > "
            + from
            + " && r.responseEnd < "
            + to
            + ").map(r => r.responseEnd))");
  }

  static void waitFor(ChromeDriver page, Duration limit, String script) {
    new WebDriverWait(page, limit, Duration.ofMillis(200))
        .until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(script)));
  }

  static double number(ChromeDriver page, String script) {
    return ((Number) page.executeScript(script)).doubleValue();
  }
}
