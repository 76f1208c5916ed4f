package networth.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The page is served whole by the server itself: its HTML at {@code /}, every script and style it
 * names, every module those scripts import, and Cytoscape.js from its WebJar, so that a browser
 * with no network beyond this server can open it. (What the page does: PageInBrowserTest in cli.)
 */
class PageFilesTest {

  static NetworthServer server;
  static Api api;

  @BeforeAll
  static void start() {
    server = Servers.sqlite();
    api = new Api(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static final Pattern NAMED = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"");

  private static final Pattern IMPORTED = Pattern.compile("from '\\./([a-z]+\\.js)'");

  @Test
  void thePageAndEverythingItLoadsAreServedFromThisServer() {
    Api.Reply page = api.get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    Set<String> files = new LinkedHashSet<>();
    Matcher m = NAMED.matcher(page.body());
    while (m.find()) {
      files.add(m.group(1));
    }
    assertThat(files)
        .contains(
            "/page/page.css", "/page/app.js", "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js");
    // The modules app.js imports, and theirs: each must be there, or the page stays blank.
    Set<String> seen = new LinkedHashSet<>();
    java.util.ArrayDeque<String> modules = new java.util.ArrayDeque<>(Set.of("app.js"));
    while (!modules.isEmpty()) {
      String module = modules.pop();
      if (!seen.add(module)) {
        continue;
      }
      Api.Reply js = api.get("/page/" + module);
      assertThat(js.status()).as(module).isEqualTo(200);
      assertThat(js.contentType()).as(module).contains("javascript");
      Matcher i = IMPORTED.matcher(js.body());
      while (i.find()) {
        modules.push(i.group(1));
      }
    }
    assertThat(seen)
        .contains(
            "api.js",
            "dom.js",
            "graph.js",
            "panel.js",
            "forms.js",
            "editor.js",
            "charts.js",
            "imports.js");
    for (String file : files) {
      Api.Reply r = api.get(file);
      assertThat(r.status()).as(file).isEqualTo(200);
      assertThat(r.body()).as(file).isNotBlank();
    }
    assertThat(api.get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js").body())
        .contains("cytoscape");
  }

  /** No name from a map reaches innerHTML: the page builds its elements from text alone. */
  @Test
  void thePageNeverParsesTextAsMarkup() {
    for (String module :
        new String[] {
          "app.js",
          "api.js",
          "dom.js",
          "graph.js",
          "panel.js",
          "forms.js",
          "editor.js",
          "charts.js",
          "imports.js"
        }) {
      String js = api.get("/page/" + module).body();
      assertThat(js)
          .as(module)
          .doesNotContain("innerHTML")
          .doesNotContain("outerHTML")
          .doesNotContain("insertAdjacentHTML")
          .doesNotContain("document.write");
    }
  }
}
