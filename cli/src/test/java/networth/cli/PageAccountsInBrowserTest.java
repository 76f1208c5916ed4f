package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The page on a server with an account (added with {@code networth users add ann
 * --password-stdin}), in Chromium: the sign-in form first, a wrong password answered beside the
 * form, the right one opening the maps, and signing out going back to the form. Screenshots of each
 * state at 1400×900 and 390×844 are kept in {@code target/} (page-sign-in-*.png).
 */
class PageAccountsInBrowserTest {

  @TempDir static Path dir;
  static ServedPage served;
  static String url;
  static ChromeDriver browser;
  static PageDriver page;

  @BeforeAll
  static void start() throws Exception {
    ServeProcess.addUser(dir.resolve("data"), "ann", "correct horse battery");
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
  void signInWithAWrongPasswordThenTheRightOneThenSignOut() throws Exception {
    for (int[] size : new int[][] {ReportBrowser.LAPTOP, ReportBrowser.PHONE}) {
      String wide = "-" + size[0] + ".png";
      page.screen(size[0], size[1]);
      browser.get(url);

      // The form, and nothing of any map, until someone signs in.
      WebElement form = page.find("#sign-in");
      page.waitFor(d -> form.isDisplayed());
      assertThat(page.find("#workspace").isDisplayed()).isFalse();
      assertThat(page.find("#who").isDisplayed()).isFalse();
      assertThat(page.find("#upload-label").isDisplayed()).isFalse(); // no map actions yet
      // The name field has the focus; Tab goes on to the password and the button.
      assertThat(browser.switchTo().activeElement().getAttribute("name")).isEqualTo("name");
      page.shot("page-sign-in" + wide);

      // A wrong password: a sentence a person understands, beside the form; still signed out.
      signIn("ann", "wrong horse");
      page.waitFor(d -> !page.text("sign-in-problem").isEmpty());
      assertThat(page.text("sign-in-problem"))
          .isEqualTo("That name and password do not match an account. Check both and try again.");
      assertThat(page.find("#sign-in-problem").getRect().getY())
          .isBetween(form.getRect().getY(), form.getRect().getY() + form.getRect().getHeight());
      assertThat(form.findElement(By.name("password")).getAttribute("value")).isEmpty();
      assertThat(page.find("#workspace").isDisplayed()).isFalse();
      page.shot("page-sign-in-wrong" + wide);

      // The right one: the form goes, the maps open (none yet), and who is signed in is shown.
      signIn("ann", "correct horse battery");
      if (size == ReportBrowser.LAPTOP) {
        page.waitFor(d -> page.text("status").contains("Upload a map file"));
        page.find("#upload")
            .sendKeys(ServeApiTest.example("power-of-the-network").toAbsolutePath().toString());
        page.waitFor(d -> page.nodes() == 33);
      } else {
        page.waitFor(d -> page.nodes() == 33); // the map uploaded on the laptop is ann's
      }
      assertThat(form.isDisplayed()).isFalse();
      assertThat(page.text("who").replaceAll("\\s+", " ")).isEqualTo("Signed in as ann Sign out");
      assertThat(page.headline()).contains("10 opportunities worth £234,250");
      assertThat(page.find("#maps option:checked").getText()).contains("(owner, version 1)");
      assertThat(page.tabReaches("#sign-out")).isTrue();
      browser.executeScript("window.scrollTo(0, 0)");
      page.shot("page-signed-in" + wide);

      // Signing out: back to the form, the map gone from the page, and the session over.
      page.click("#sign-out");
      page.waitFor(d -> form.isDisplayed());
      assertThat(page.text("status")).isEqualTo("Signed out.");
      assertThat(page.find("#workspace").isDisplayed()).isFalse();
      assertThat(page.find("#who").isDisplayed()).isFalse();
      assertThat(page.status("map")).isEmpty();
      browser.navigate().refresh();
      page.waitFor(d -> page.find("#sign-in").isDisplayed());
      page.shot("page-signed-out" + wide);
    }
  }

  private static void signIn(String name, String password) {
    WebElement form = page.find("#sign-in");
    form.findElement(By.name("name")).clear();
    form.findElement(By.name("name")).sendKeys(name);
    form.findElement(By.name("password")).sendKeys(password);
    form.findElement(By.cssSelector("button[type=submit]")).click();
  }
}
