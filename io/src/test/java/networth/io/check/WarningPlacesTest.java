package networth.io.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import networth.diagnostics.Problem;
import networth.io.MapFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two warnings that once named only the file point at the place to change: amounts in a second
 * currency at the first opportunity valued in it, a group member used nowhere else at its place in
 * the group's list.
 */
class WarningPlacesTest {

  @TempDir Path dir;

  private Problem warning(String name, String text, String starting) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return MapFiles.read(List.of(file)).problems().stream()
        .filter(p -> p.message().startsWith(starting))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void mixedCurrenciesPointAtTheFirstOpportunityInAnotherCurrency() throws IOException {
    // The map says GBP; C1 is in pounds, C2 (line 4) is the first in dollars.
    Problem p =
        warning(
            "m.netmap",
            "currency GBP\nclient C1 value 10k won 2014\nclient C3 value 5k\nclient C2 value $3k\n",
            "opportunities are valued in");
    assertThat(p.position().toString()).endsWith("m.netmap:4:8");
    assertThat(p.message()).isEqualTo("opportunities are valued in GBP, USD");
    assertThat(p.hint()).startsWith("'C2' is the first valued in another currency than GBP");
  }

  @Test
  void withoutAMapCurrencyTheFirstCurrencyUsedIsTheOneExpected() throws IOException {
    // No currency line: C1's euros come first, so C2 in dollars on line 3 is the odd one.
    String json =
        "{\"nodes\": [\n"
            + "{\"id\": \"C1\", \"kind\": \"client\", \"value\": {\"amount\": 1, \"currency\": \"EUR\"}},\n"
            + "{\"id\": \"C2\", \"kind\": \"client\", \"value\": {\"amount\": 2, \"currency\": \"USD\"}}\n"
            + "]}\n";
    Problem p = warning("m.json", json, "opportunities are valued in");
    assertThat(p.position().line()).isEqualTo(3);
    assertThat(p.hint()).startsWith("'C2' is the first valued in another currency than EUR");
  }

  @Test
  void aJsonGroupMemberListedNowhereElseIsPointedAtInTheList() throws IOException {
    String json =
        "{\n"
            + "  \"groups\": [{\"name\": \"social\",\n"
            + "    \"members\": [\"LinkedIn\",\n"
            + "                \"Ghost\"]}],\n"
            + "  \"nodes\": [{\"id\": \"LinkedIn\", \"kind\": \"channel\"}]\n"
            + "}\n";
    Problem p = warning("m.json", json, "'Ghost'");
    assertThat(p.message()).isEqualTo("'Ghost' is used but not declared");
    // Line 4, the quote before Ghost stands at column 17.
    assertThat(p.position().toString()).endsWith("m.json:4:17");
  }
}
