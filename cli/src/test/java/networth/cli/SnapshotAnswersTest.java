package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import networth.io.MapFiles;
import networth.io.snapshot.SnapshotCache;
import networth.io.snapshot.SnapshotKey;
import networth.model.NetworkMap;
import networth.model.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every analysis answers the same from a map's snapshot as from the map itself, to the byte, with
 * the same warnings: the example maps in each form, a map with warnings, and a generated one. The
 * build keeps snapshots of every map for these tests (see the surefire settings in the POM).
 */
class SnapshotAnswersTest {

  private static final String SEED = "../examples/power-of-the-network.netmap";
  private static final String DESIGNER = "../examples/freelance-designer.netmap";

  @TempDir static Path dir;

  private static SnapshotCache cache;

  @BeforeAll
  static void cacheIsUnderTheBuild() {
    String folder = System.getenv(SnapshotCache.FOLDER_VARIABLE);
    assertThat(folder).as("the tests keep snapshots under target/, set by the POM").isNotNull();
    assertThat(Path.of(folder).toAbsolutePath().toString()).contains("target");
    cache =
        new SnapshotCache(
            SnapshotCache.Settings.of(System.getenv(), System.getProperty("user.home")));
  }

  @Test
  void everyAnalysisAnswersTheSameFromTheSnapshot() throws Exception {
    List<Path> maps = new ArrayList<>();
    for (String example : List.of(SEED, DESIGNER)) {
      Path file = dir.resolve(Path.of(example).getFileName());
      Files.copy(Path.of(example), file);
      maps.add(file);
      if (example.equals(DESIGNER)) {
        continue; // the other forms of one map are enough to show each reader's snapshot
      }
      String name = file.getFileName().toString().replace(".netmap", "");
      assertThat(Run.of("convert", example, "-o", dir.resolve(name + ".json").toString()).exit())
          .isZero();
      maps.add(dir.resolve(name + ".json"));
      assertThat(Run.of("convert", example, "-o", dir.resolve(name + "-sheets").toString()).exit())
          .isZero();
      maps.add(dir.resolve(name + "-sheets"));
    }
    Path warned = dir.resolve("warned.netmap");
    // Bob is named but never declared, and Acme is a client of no value: two warnings.
    Files.writeString(
        warned, "channel LinkedIn\nclient Acme\nLinkedIn -> Bob -> Acme\n", StandardCharsets.UTF_8);
    maps.add(warned);
    Path generated = dir.resolve("generated.netmap");
    assertThat(
            Run.of(
                    "generate",
                    "--people",
                    "400",
                    "--links",
                    "2000",
                    "--opportunities",
                    "40",
                    "-o",
                    generated.toString())
                .exit())
        .isZero();
    maps.add(generated);
    for (Path map : maps) {
      for (List<String> command : commands(map)) {
        sameFromSnapshot(map, command);
      }
    }
  }

  /** Every analysis with JSON output, each attribution model on its own. */
  private static List<List<String>> commands(Path map) throws IOException {
    NetworkMap m = MapFiles.read(List.of(map)).map();
    String opportunity = m.opportunities().get(0).id();
    String someone =
        m.nodes().stream().filter(n -> !n.isOpportunity()).map(Node::id).findFirst().orElseThrow();
    String at = map.toString();
    List<List<String>> commands = new ArrayList<>();
    commands.add(List.of("summary", at));
    commands.add(List.of("critical", at));
    for (String model :
        List.of("first", "last", "linear", "position", "time-decay", "shapley", "markov", "all")) {
      commands.add(List.of("attribute", at, "--model", model));
    }
    commands.add(List.of("whatif", at, "--without", someone));
    commands.add(List.of("roi", at));
    commands.add(List.of("timeline", at));
    commands.add(List.of("connectors", at));
    commands.add(List.of("paths", at, opportunity));
    return commands.stream()
        .map(c -> Stream.concat(c.stream(), Stream.of("--format", "json")).toList())
        .toList();
  }

  private static void sameFromSnapshot(Path map, List<String> command) throws IOException {
    Path snapshot = snapshotOf(map);
    Files.deleteIfExists(snapshot);
    Run fromFile = run(true, command);
    assertThat(fromFile.exit()).as("%s: %s", command, fromFile.err()).isZero();
    assertThat(snapshot).as("--no-cache keeps no snapshot").doesNotExist();
    Run writing = run(false, command);
    assertThat(snapshot).as("the first run keeps a snapshot").exists();
    // Set back in time: reading a snapshot marks it as used, which is how we know it was read.
    FileTime before = FileTime.fromMillis(0);
    Files.setLastModifiedTime(snapshot, before);
    forgetOpenedMap();
    Run reading = run(false, command);
    assertThat(Files.getLastModifiedTime(snapshot))
        .as("%s read the snapshot", command)
        .isNotEqualTo(before);
    for (Run r : List.of(writing, reading)) {
      assertThat(r.exit()).isEqualTo(fromFile.exit());
      assertThat(r.out()).as("%s", command).isEqualTo(fromFile.out());
      assertThat(r.err()).as("%s", command).isEqualTo(fromFile.err());
    }
  }

  /**
   * One process keeps the last map it opened, by content, and answers again from it without reading
   * anything: opening another map makes the next command read its map again.
   */
  private static void forgetOpenedMap() {
    assertThat(Run.of("--no-cache", "summary", DESIGNER, "--format", "json").exit()).isZero();
  }

  private static Run run(boolean noCache, List<String> command) {
    List<String> args = new ArrayList<>();
    if (noCache) {
      args.add("--no-cache");
    }
    args.addAll(command);
    return Run.of(args.toArray(String[]::new));
  }

  private static Path snapshotOf(Path map) throws IOException {
    return cache.settings().folder().resolve(cache.key(SnapshotKey.files(List.of(map))).fileName());
  }

  @Test
  void convertWritesTheSameFilesFromTheSnapshotAndANetmapWithItsSourcesComments() throws Exception {
    Path file = dir.resolve("converted.netmap");
    Files.copy(Path.of(SEED), file);
    for (String out : List.of("c.json", "c-sheets")) {
      Path fromFile = dir.resolve("file-" + out);
      assertThat(Run.of("--no-cache", "convert", file.toString(), "-o", fromFile.toString()).exit())
          .isZero();
      Path snapshot = snapshotOf(file);
      Files.deleteIfExists(snapshot);
      Path first = dir.resolve("first-" + out);
      assertThat(Run.of("convert", file.toString(), "-o", first.toString()).exit()).isZero();
      assertThat(snapshot).as("converting to %s keeps a snapshot", out).exists();
      FileTime before = FileTime.fromMillis(0);
      Files.setLastModifiedTime(snapshot, before);
      forgetOpenedMap();
      Path second = dir.resolve("second-" + out);
      assertThat(Run.of("convert", file.toString(), "-o", second.toString()).exit()).isZero();
      assertThat(Files.getLastModifiedTime(snapshot)).as("read the snapshot").isNotEqualTo(before);
      for (Path written : List.of(first, second)) {
        assertThat(contents(written)).as("%s", written).isEqualTo(contents(fromFile));
      }
    }
    // A .netmap is written with the layout of the file (its comments), which no snapshot keeps.
    Path again = dir.resolve("again.netmap");
    assertThat(Run.of("convert", file.toString(), "-o", again.toString()).exit()).isZero();
    assertThat(Files.readString(again)).isEqualTo(Files.readString(file)).contains("\n#");
  }

  /** A file's bytes, or a folder's files' names and bytes. */
  private static List<String> contents(Path p) throws IOException {
    List<String> all = new ArrayList<>();
    if (!Files.isDirectory(p)) {
      all.add(Files.readString(p));
      return all;
    }
    try (Stream<Path> files = Files.list(p).sorted()) {
      for (Path f : files.toList()) {
        all.add(f.getFileName() + "\n" + Files.readString(f));
      }
    }
    return all;
  }

  @Test
  void withoutSnapshotsAChangedFileIsReadAgainInTheSameProcess() throws Exception {
    // With --no-cache the engine tells a map's versions apart by its file's attributes, not by
    // summing its content: a file saved again is another version.
    Path file = dir.resolve("unkept.netmap");
    Files.copy(Path.of(SEED), file);
    String before = Run.of("--no-cache", "summary", file.toString(), "--format", "json").out();
    String text = Files.readString(file);
    Files.writeString(file, text.replaceFirst("value 50k", "value 60k"));
    String after = Run.of("--no-cache", "summary", file.toString(), "--format", "json").out();
    assertThat(before).contains("234250");
    assertThat(after).contains("244250").doesNotContain("234250");
  }

  @Test
  void aDamagedSnapshotIsIgnoredAndWrittenAgain() throws Exception {
    Path file = dir.resolve("damaged.netmap");
    Files.copy(Path.of(SEED), file);
    Run expected = Run.of("--no-cache", "summary", file.toString(), "--format", "json");
    Run.of("summary", file.toString(), "--format", "json");
    Path snapshot = snapshotOf(file);
    byte[] whole = Files.readAllBytes(snapshot);
    Files.write(snapshot, java.util.Arrays.copyOf(whole, whole.length / 3));
    forgetOpenedMap();
    Run afterCut = Run.of("summary", file.toString(), "--format", "json");
    assertThat(afterCut.exit()).isZero();
    assertThat(afterCut.out()).isEqualTo(expected.out());
    assertThat(afterCut.err()).isEqualTo(expected.err());
    assertThat(Files.readAllBytes(snapshot)).as("written again, whole").isEqualTo(whole);
  }

  @Test
  void aChangedFileIsReadAgainNotTakenFromItsOldSnapshot() throws Exception {
    Path file = dir.resolve("changing.netmap");
    Files.copy(Path.of(SEED), file);
    Run.of("summary", file.toString(), "--format", "json");
    forgetOpenedMap();
    String text = Files.readString(file);
    // Client 1 from £50k to £60k: one byte, the same length, and £10,000 more in all.
    Files.writeString(file, text.replaceFirst("value 50k", "value 60k"));
    String after = Run.of("summary", file.toString(), "--format", "json").out();
    assertThat(after)
        .isEqualTo(Run.of("--no-cache", "summary", file.toString(), "--format", "json").out());
    assertThat(after).contains("244250").doesNotContain("234250");
  }
}
