package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The page's Import control in Chromium, with a LinkedIn {@code Connections.csv} written by hand:
 * the source chosen, the file picked, the dry run's summary read, the import confirmed, the new
 * person seen on the map, and one undo taking the import back. A malformed file is answered beside
 * the control with its file, row and column, and the map stays as it was. Screenshots of the
 * summary at 1400×900 and 390×844 are kept in {@code target/} (page-import-*.png).
 */
class PageImportInBrowserTest {

  @TempDir static Path dir;
  static ServedPage served;
  static ChromeDriver browser;
  static PageDriver page;

  /**
   * As LinkedIn writes it today: notes before the header, then one connection, Jane Doe (no
   * company, so no organisation), and a member who hid their details (every cell empty but the
   * date). So the import adds one person and the link LinkedIn → Jane Doe, merges LinkedIn into the
   * example's channel of that name, and skips one row.
   */
  static final String CONNECTIONS =
      "Notes:\n"
          + "\"When exporting your connection data, you may notice that some of the email"
          + " addresses are missing.\"\n"
          + "\n"
          + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
          + "Jane,Doe,https://www.linkedin.com/in/janedoe,,,,08 Feb 2026\n"
          + ",,,,,,09 Feb 2026\n";

  /**
   * The same header, then a date LinkedIn never writes, at row 2, column 45: "Tom," (4) + "Baker,"
   * (6) + the 30 characters of the address and its comma (31) + three empty cells' commas (3) = 44
   * characters before it.
   */
  static final String BAD_DATE =
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
          + "Tom,Baker,https://www.linkedin.com/in/tb,,,,31 Fbe 2026\n";

  @BeforeAll
  static void start() throws Exception {
    served = ServedPage.start(dir);
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
  void previewThenImportAConnectionSeeItOnTheMapAndUndoIt() throws Exception {
    Path good = write("good/Connections.csv", CONNECTIONS);
    Path bad = write("bad/Connections.csv", BAD_DATE);
    page.screen(ReportBrowser.LAPTOP[0], ReportBrowser.LAPTOP[1]);
    browser.get(served.url());
    page.waitFor(d -> page.text("status").contains("Upload a map file"));
    page.upload(ServeApiTest.example("power-of-the-network"));
    page.waitFor(d -> page.nodes() == 33);
    assertThat(page.links()).isEqualTo(34);

    // The control is reached from the bar, by keyboard as by mouse.
    assertThat(page.tabReaches("#import-open")).isTrue();
    page.click("#import-open");
    page.waitFor(d -> page.find("#import-source").getText().contains("linkedin"));
    new Select(page.find("#import-source")).selectByValue("linkedin");
    assertThat(page.text("import-about")).contains("LinkedIn data export");

    // A malformed file: its place and what is wrong, beside the control; nothing changes.
    page.find("#import-files").sendKeys(bad.toString());
    page.click("#import-preview");
    page.waitFor(d -> !page.text("import-problems").isEmpty());
    assertThat(page.text("import-problems"))
        .contains("Connections.csv, row 2, column 45: bad Connected On '31 Fbe 2026'")
        .contains("Nothing was imported: the map is as it was.");
    assertThat(page.version()).isEqualTo(1);

    // The good file: the dry run says what would change, and changes nothing.
    page.find("#import-files").clear();
    page.find("#import-files").sendKeys(good.toString());
    page.click("#import-preview");
    page.waitFor(d -> page.text("import-summary").contains("Import into the map"));
    String summary = page.text("import-summary");
    assertThat(summary)
        .contains("What importing Connections.csv would do")
        .contains("Add 1 person, 1 link")
        .contains("Merge 1 channel already on the map")
        .contains("Skip 1 row: 1 a member who hid their details");
    assertThat(page.text("import-problems")).isEmpty();
    assertThat(page.version()).isEqualTo(1);
    assertThat(page.nodes()).isEqualTo(33);
    page.shot("page-import-1400.png");
    page.screen(ReportBrowser.PHONE[0], ReportBrowser.PHONE[1]);
    browser.executeScript("document.getElementById('import').scrollIntoView()");
    page.shot("page-import-390.png");
    // At a phone's width the summary and its buttons fit the screen, once the page has been laid
    // out again for it (Chromium can still give the wide screen's width just after the switch).
    page.waitFor(java.time.Duration.ofSeconds(5), d -> scrollWidth() <= ReportBrowser.PHONE[0]);
    assertThat(scrollWidth()).isLessThanOrEqualTo(ReportBrowser.PHONE[0]);
    page.screen(ReportBrowser.LAPTOP[0], ReportBrowser.LAPTOP[1]);

    // Confirmed: one new version, Jane Doe on the map and linked from LinkedIn.
    page.click("#import-confirm");
    page.waitFor(d -> page.version() == 2);
    page.waitFor(d -> page.nodes() == 34);
    assertThat(page.links()).isEqualTo(35);
    assertThat(page.listed("Jane Doe").getText()).isEqualTo("Jane Doe (person)");
    assertThat(page.text("status"))
        .isEqualTo(
            "Imported from linkedin: added 1 person, 1 link. Undo takes the whole import back.");
    // The history (a closed section, read as a screen reader would) has the import as one change.
    page.waitFor(d -> history().contains("2. imported from linkedin (Connections.csv)"));

    // One undo takes the whole import back.
    page.click("#undo");
    page.waitFor(d -> page.version() == 3);
    page.waitFor(d -> page.nodes() == 33);
    assertThat(page.links()).isEqualTo(34);
    assertThat(page.find("#node-list").getText()).doesNotContain("Jane Doe");
  }

  private static String history() {
    return (String) browser.executeScript("return document.getElementById('history').textContent");
  }

  private static Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private long scrollWidth() {
    return (Long) browser.executeScript("return document.documentElement.scrollWidth");
  }
}
