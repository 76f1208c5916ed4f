package networth.cli;

import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * {@code networth serve} on a data folder with headless Chromium beside it, for the page's browser
 * tests: started together, stopped together (the browser first, then the server, waited for).
 *
 * @param serve the server's process and the URL it printed
 * @param browser Chromium at 1400 × 900
 * @param page the page's test driver on that browser
 */
record ServedPage(ServeProcess serve, ChromeDriver browser, PageDriver page)
    implements AutoCloseable {

  /** Serves {@code dir/data} (made by whoever added users there, or on first use). */
  static ServedPage start(Path dir) throws Exception {
    ReportBrowser.requireChromium();
    ServeProcess serve = ServeProcess.start(dir.resolve("data"));
    ChromeDriver browser = ReportBrowser.chromium(dir, 1400, 900);
    return new ServedPage(serve, browser, new PageDriver(browser));
  }

  String url() {
    return serve.url();
  }

  @Override
  public void close() throws InterruptedException {
    browser.quit();
    serve.process().destroy();
    serve.process().waitFor();
  }
}
