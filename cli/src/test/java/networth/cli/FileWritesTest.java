package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import networth.io.MapFiles;
import networth.io.SheetPair;
import networth.io.csv.CsvMapWriter;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What writing (and refusing to write) does to the files a person keeps. */
class FileWritesTest {

  static final String SEED = SummaryCommandTest.SEED;

  static final String TINY =
      """
      channel LinkedIn
      client "Client 1" value 10k won 2014-03
      LinkedIn -> "Client 1"
      """;

  @Test
  void fmtThroughASymbolicLinkRewritesItsTargetAndKeepsTheLink(@TempDir Path dir) throws Exception {
    Path real = Files.createDirectories(dir.resolve("maps")).resolve("m.netmap");
    Files.writeString(real, "channel     LinkedIn\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.netmap"), Path.of("maps/m.netmap"));

    Run run = Run.of("fmt", link.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("channel LinkedIn\n");
    assertThat(dir.resolve("maps").toFile().list()).containsExactly("m.netmap");
  }

  @Test
  void aLinkToADeviceIsRefusedAndNothingIsCreated(@TempDir Path dir) throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/full")));
    Path link = Files.createSymbolicLink(dir.resolve("full.json"), Path.of("/dev/full"));

    Run run = Run.of("convert", SEED, "-o", link.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains("cannot write " + link + " (a link to /dev/full)")
        .contains("not a regular file")
        .contains("name a file to write");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(dir.toFile().list()).containsExactly("full.json");
  }

  @Test
  void aFolderNamedLikeAMapIsNeitherReadNorWrittenAsTheCsvPair(@TempDir Path dir) throws Exception {
    Path empty = Files.createDirectory(dir.resolve("d.json"));
    Run write = Run.of("convert", SEED, "-o", empty.toString());
    assertThat(write.exit()).isEqualTo(2);
    assertThat(write.err()).contains("cannot write " + empty + ": it is a folder");
    assertThat(empty.toFile().list()).isEmpty();

    Run read = Run.of("check", empty.toString());
    assertThat(read.exit()).isEqualTo(2);
    assertThat(read.err())
        .contains(empty + " is a folder, not a .json file")
        .contains("holds elements.csv and connections.csv");

    // A folder with a map's name that holds the pair is read as the pair, but never written into.
    Path sheets = dir.resolve("sheets");
    assertThat(Run.of("convert", SEED, "-o", sheets + "/").exit()).isZero();
    Path named = Files.move(sheets, dir.resolve("old.json"));
    assertThat(Run.of("check", named.toString()).exit()).isZero();
    Run over = Run.of("convert", SEED, "-o", named.toString());
    assertThat(over.exit()).isEqualTo(2);
    assertThat(over.err()).contains("it is a folder").contains("name one without an extension");
  }

  @Test
  void aFifoIsRefusedBeforeItIsOpened(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("map.netmap");
    int made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
    assumeTrue(made == 0);

    // Opening a FIFO with no writer would block forever: the answer must come at once.
    Run run =
        Assertions.assertTimeoutPreemptively(
            Duration.ofSeconds(30), () -> Run.of("check", fifo.toString()));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(fifo + " is not a regular file (a FIFO, device or socket)");
  }

  @Test
  void aFileThatIsNotUtf8IsNamedWithTheLineAndColumnOfItsFirstBadByte(@TempDir Path dir)
      throws Exception {
    Path map = dir.resolve("latin1.netmap");
    // "café" saved as Latin-1: é is the single byte 0xE9. Line 2 is `channel "caf`, 12
    // characters, so the bad byte is column 13; it is at offset 10 + 12 = 22 of the file.
    Files.write(map, "title \"a\"\nchannel \"caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1));

    Run run = Run.of("check", map.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .contains(map + ":2:13: not UTF-8 text (byte 0xE9 at offset 22): save the file as UTF-8");
  }

  @Test
  void aSheetThatIsNotUtf8IsNamedWithTheLineAndColumnOfItsFirstBadByte(@TempDir Path dir)
      throws Exception {
    Path sheets = Files.createDirectory(dir.resolve("sheets"));
    // é written in Latin-1 (0xE9) in the second cell of line 2.
    Files.write(
        sheets.resolve("elements.csv"),
        "ID,Label,Type\nA,caf\u00e9,channel\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(sheets.resolve("connections.csv"), "From,To\n");

    Run run = Run.of("check", sheets.toString());

    assertThat(run.exit()).isEqualTo(1);
    // The sheet reader points at the cell that holds the byte: row 2, column B, which starts at
    // column 2 of line 2.
    assertThat(run.err())
        .contains(
            sheets.resolve("elements.csv")
                + ":2:2: error: not valid CSV: this cell is not UTF-8 text (row 2, column B)")
        .contains("save the sheet as UTF-8");
  }

  @Test
  void theNextWriteRemovesTheTemporaryFilesThatKilledWritesOfItsTargetLeft(@TempDir Path dir)
      throws Exception {
    Path dead = dir.resolve(".m.json4242.tmp");
    Files.writeString(dead, "half a map");
    Files.setLastModifiedTime(dead, FileTime.from(Instant.now().minusSeconds(3600)));
    // A fresh one may be a write under way in another process (not yet locked): it stays, as do
    // another target's and a file that merely looks alike.
    Path fresh = Files.writeString(dir.resolve(".m.json777.tmp"), "being written");
    Path other = Files.writeString(dir.resolve(".n.json4242.tmp"), "another target's");
    Path alike = Files.writeString(dir.resolve(".m.json.bak.tmp"), "a person's");
    for (Path p : List.of(other, alike)) {
      Files.setLastModifiedTime(p, FileTime.from(Instant.now().minusSeconds(3600)));
    }

    Run run = Run.of("convert", SEED, "-o", dir.resolve("m.json").toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(dead).doesNotExist();
    assertThat(fresh).exists();
    assertThat(other).exists();
    assertThat(alike).exists();
  }

  @Test
  void aFolderThatMayNotBeWrittenIsNamedWithTheTargetNotTheTemporaryFile() {
    // /sys refuses new files even to root, which runs these tests in CI.
    Path sys = Path.of("/sys");
    assumeTrue(Files.isDirectory(sys) && refusesNewFiles(sys));

    Run run = Run.of("convert", SEED, "-o", "/sys/map.json");

    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err())
        .contains("cannot write /sys/map.json: not allowed to write in the folder /sys")
        .contains("write somewhere else")
        .doesNotContain(".tmp");
  }

  /** Whether a new file cannot be made in {@code dir} (access() says yes to root: try it). */
  static boolean refusesNewFiles(Path dir) {
    try {
      Files.delete(Files.createTempFile(dir, ".probe", ".tmp"));
      return false;
    } catch (java.io.IOException | SecurityException e) {
      return true;
    }
  }

  /** A kill between the two renames, simulated by failing there. */
  static final class Killed extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void aPairWhoseWriteWasInterruptedIsRefusedSayingWhichSheetIsOld(@TempDir Path dir)
      throws Exception {
    Path tiny = Files.writeString(dir.resolve("tiny.netmap"), TINY);
    Path sheets = dir.resolve("sheets");
    assertThat(Run.of("convert", tiny.toString(), "-o", sheets + "/").exit()).isZero();
    CsvMapWriter.Sheets seed = CsvMapWriter.write(MapFiles.read(List.of(Path.of(SEED))).map());

    assertThatThrownBy(
            () ->
                SheetPair.write(
                    sheets,
                    w -> w.write(seed.elements()),
                    w -> w.write(seed.connections()),
                    () -> {
                      throw new Killed();
                    }))
        .isInstanceOf(Killed.class);

    // The seed's elements beside the tiny map's one connection: refused, not read as 1 link.
    Run run = Run.of("check", sheets.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            sheets.resolve("connections.csv")
                + ": this sheet is older than "
                + sheets.resolve("elements.csv"))
        .contains("writing the pair was interrupted")
        .contains("Write the pair again")
        .contains("delete " + sheets.resolve(".networth-writing"));

    // Had the second rename happened, the pair is whole: read, and the journal finished.
    Files.writeString(sheets.resolve("connections.csv"), seed.connections());
    Run whole = Run.of("check", sheets.toString());
    assertThat(whole.exit()).as(whole.err()).isZero();
    assertThat(whole.out()).contains("34 links");
    assertThat(sheets.resolve(".networth-writing")).doesNotExist();
  }

  @Test
  void aSheetEditedByHandAfterAWholeWriteIsReadWithoutAlarm(@TempDir Path dir) throws Exception {
    Path tiny = Files.writeString(dir.resolve("tiny.netmap"), TINY);
    Path sheets = dir.resolve("sheets");
    Run convert = Run.of("convert", tiny.toString(), "-o", sheets + "/");
    assertThat(convert.exit()).isZero();
    assertThat(sheets.toFile().list()).containsExactlyInAnyOrder("elements.csv", "connections.csv");

    Files.writeString(
        sheets.resolve("elements.csv"),
        "Twitter,Twitter,channel,,,,,,,\n",
        java.nio.file.StandardOpenOption.APPEND);

    Run run = Run.of("check", sheets.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("3 nodes, 1 link");
  }
}
