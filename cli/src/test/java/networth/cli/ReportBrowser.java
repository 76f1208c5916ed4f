package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The blog post's report in Debian's Chromium, headless, driven through its own ChromeDriver (so
 * that nothing is downloaded), shown as a laptop's or a phone's screen shows it.
 */
final class ReportBrowser {

  static final String CHROMIUM = "/usr/bin/chromium";
  static final String DRIVER = "/usr/bin/chromedriver";

  /** A laptop's screen and a phone's, in CSS pixels. */
  static final int[] LAPTOP = {1400, 900};

  static final int[] PHONE = {390, 844};

  private final ChromeDriver driver;
  private final Path page;

  private ReportBrowser(ChromeDriver driver, Path page) {
    this.driver = driver;
    this.page = page;
  }

  /** Writes the report into {@code dir} and opens a browser on it; skips the test without one. */
  static ReportBrowser open(Path dir) throws Exception {
    requireChromium();
    Path page = dir.resolve("report.html");
    Run run = Run.of("report", "../examples/power-of-the-network.netmap", "-o", page.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    return new ReportBrowser(chromium(dir, 1400, 1000), page);
  }

  /** Skips the test when Chromium or its driver is missing (fails it under CI). */
  static void requireChromium() {
    ExternalTool.need(
        new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute(),
        "Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver;"
            + " .ci/run installs them)");
  }

  /**
   * Debian's Chromium, headless, with a new profile in {@code dir} and a window of the size given;
   * without the background-networking flags it tries to reach Google's hosts, which this machine's
   * closed network refuses.
   */
  static ChromeDriver chromium(Path dir, int width, int height) throws Exception {
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
        "--window-size=" + width + "," + height);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER))
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    return driver;
  }

  ChromeDriver driver() {
    return driver;
  }

  /**
   * Opens the page as a screen of this size shows it: a phone's is a mobile viewport (scroll bars
   * over the content, touch), as Chromium's device mode gives it.
   */
  void show(int[] size) {
    boolean phone = size[0] < 700;
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", size[0], "height", size[1], "deviceScaleFactor", 1, "mobile", phone));
    driver.executeCdpCommand(
        "Emulation.setTouchEmulationEnabled",
        Map.of("enabled", phone, "maxTouchPoints", phone ? 5 : 1));
    driver.get(page.toUri().toString());
    assertThat(number("return window.innerWidth")).isEqualTo(size[0]);
  }

  /** What a script returns, as a number. */
  double number(String script, Object... args) {
    return ((Number) driver.executeScript(script, args)).doubleValue();
  }

  void quit() {
    driver.quit();
  }
}
