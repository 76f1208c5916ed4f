package networth.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import networth.diagnostics.Problem;
import networth.io.ReadResult;
import org.junit.jupiter.api.Test;

/** The Currency column holds a currency by the one rule of every reader, or the row is refused. */
class CsvCurrencyTest {

  private static ReadResult read(String currency) {
    return CsvMapReader.read(
        Optional.of(
            CsvMapReader.Sheet.of(
                "elements.csv",
                "Label,Type,Value,Currency\nAcme,client,5000,\"" + currency + "\"\n")),
        Optional.empty());
  }

  @Test
  void aCurrencyOfThreeCapitalsIsKept() {
    ReadResult r = read("EUR");
    assertThat(r.problems()).isEmpty();
    assertThat(r.map().node("Acme").orElseThrow().deal().value().orElseThrow().currency())
        .isEqualTo("EUR");
  }

  @Test
  void anythingElseIsRefusedInItsCell() {
    for (String bad : new String[] {"B", "GBPX", "\u0000GBP", "X".repeat(2_000)}) {
      ReadResult r = read(bad);
      assertThat(r.map().node("Acme")).as(bad).isEmpty();
      Problem p = r.problems().get(0);
      // Row 2, the fourth column: Label, Type, Value, Currency.
      assertThat(p.position().toString()).as(bad).isEqualTo("elements.csv:2:4");
      assertThat(p.message())
          .as(bad)
          .startsWith("bad Currency: a currency is three capital letters, such as GBP, not ");
    }
  }
}
