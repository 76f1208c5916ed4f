package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The journeys report of ChannelAttribution's data in a real browser (Debian's Chromium, headless),
 * on a laptop's screen and a phone's: the page never scrolls sideways (wide tables and the heat map
 * scroll in their own frames), and the heat map is drawn at its own size with a cell per step.
 * Screenshots of the top of the page and of the heat map in {@code target/journeys-report-*.png}.
 */
class JourneysReportInBrowserTest {

  @TempDir static Path dir;
  static Path page;
  static ChromeDriver browser;

  @BeforeAll
  static void open() throws Exception {
    ReportBrowser.requireChromium();
    page = dir.resolve("journeys.html");
    Run run = Run.of("report", JourneysCommandTest.pathData().toString(), "-o", page.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    browser = ReportBrowser.chromium(dir, 1400, 1000);
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  private void show(int[] size) {
    boolean phone = size[0] < 700;
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", size[0], "height", size[1], "deviceScaleFactor", 1, "mobile", phone));
    browser.get(page.toUri().toString());
  }

  private double number(String script, Object... args) {
    return ((Number) browser.executeScript(script, args)).doubleValue();
  }

  private void check(int[] size, String name) throws Exception {
    show(size);
    assertThat(number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(size[0]);
    WebElement svg = browser.findElement(By.cssSelector("#transitions svg"));
    assertThat(svg.isDisplayed()).isTrue();
    // 13 rows ((start) and 12 channels) by 14 columns (12 channels, conversion, null).
    assertThat(svg.findElements(By.cssSelector("rect[stroke]"))).hasSize(13 * 14);
    // Drawn at its own size, not stretched to the page.
    assertThat(number("return arguments[0].getBoundingClientRect().width", svg))
        .isEqualTo(Double.parseDouble(svg.getAttribute("width")));
    Path shot = Path.of("target", "journeys-report-" + name + ".png");
    Files.createDirectories(shot.getParent());
    Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
    WebElement figure = browser.findElement(By.cssSelector("#transitions figure"));
    Files.write(
        Path.of("target", "journeys-report-" + name + "-heat-map.png"),
        figure.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void onALaptop() throws Exception {
    check(ReportBrowser.LAPTOP, "laptop");
  }

  @Test
  void onAPhone() throws Exception {
    check(ReportBrowser.PHONE, "phone");
  }
}
