package networth.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet's rows are guessed before it is read, to size the reader's arrays: exactly for a small
 * sheet, closely for a large one whose rows are alike, and never more than its bytes allow.
 */
class EstimatedRowsTest {

  @TempDir Path dir;

  @Test
  void aSmallSheetIsCountedExactly() {
    assertThat(CsvMapReader.Sheet.of("c.csv", "From,To\na,b\nb,c\n").estimatedRows()).isEqualTo(4);
  }

  @Test
  void aLargeSheetIsGuessedWithinAFewPerCent() throws Exception {
    StringBuilder text = new StringBuilder("From,To,Date\n");
    int rows = 200_000;
    for (int i = 0; i < rows; i++) {
      text.append(String.format("p%06d,p%06d,2020-01-0%d%n", i, i * 7 % rows, 1 + i % 9));
    }
    Path file = Files.writeString(dir.resolve("connections.csv"), text);
    int guess = CsvMapReader.Sheet.file(file).estimatedRows();
    assertThat(guess).isBetween(rows, rows + rows / 10);
  }

  @Test
  void aSheetWithoutAKnownSizeOrThatCannotBeReadGuessesNothing() {
    assertThat(
            new CsvMapReader.Sheet("s", () -> new java.io.ByteArrayInputStream(new byte[9]))
                .estimatedRows())
        .isZero();
    assertThat(CsvMapReader.Sheet.file(dir.resolve("missing.csv")).estimatedRows()).isZero();
  }
}
