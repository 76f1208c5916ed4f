package networth.io.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import networth.io.MapContent;
import networth.io.MapFiles;
import networth.io.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotCacheTest {

  private static final Path EXAMPLES = Path.of("..", "examples");

  @TempDir Path dir;

  private SnapshotCache cache(String build) {
    return new SnapshotCache(new SnapshotCache.Settings(dir.resolve("cache"), 0, 1L << 30, build));
  }

  private Path copy(String example) throws IOException {
    Path to = dir.resolve(example);
    Files.copy(EXAMPLES.resolve(example), to);
    return to;
  }

  private static Optional<ReadResult> stored(SnapshotCache cache, Path file) throws IOException {
    SnapshotKey key = cache.key(List.of(file));
    ReadResult read = MapFiles.read(List.of(file));
    assertThat(cache.store(key, read)).isTrue();
    return cache.find(key);
  }

  @Test
  void theExampleMapsComeBackWithEveryFieldAndEveryWarning() throws IOException {
    for (String example : List.of("power-of-the-network.netmap", "freelance-designer.netmap")) {
      Path file = copy(example);
      ReadResult read = MapFiles.read(List.of(file));
      ReadResult back = stored(cache("b1"), file).orElseThrow();
      assertThat(back.map()).isEqualTo(read.map());
      MapContent.assertSameContent(back.map(), read.map(), true);
      assertThat(MapContent.attributeOrder(back.map()))
          .isEqualTo(MapContent.attributeOrder(read.map()));
      assertThat(back.map().nodes()).containsExactlyElementsOf(read.map().nodes());
      assertThat(back.problems()).isEqualTo(read.problems());
    }
  }

  @Test
  void warningsKeepTheirPlaceAndTheLineTheyShow() throws IOException {
    Path file = dir.resolve("warned.netmap");
    // Two warnings the checker gives at a place: a node nobody declared ("Bob", line 2) and a
    // client with no value (line 1); what is printed must be the same from the snapshot.
    Files.writeString(file, "client Acme\nLinkedIn -> Bob -> Acme\n", StandardCharsets.UTF_8);
    ReadResult read = MapFiles.read(List.of(file));
    assertThat(read.problems()).isNotEmpty();
    ReadResult back = stored(cache("b1"), file).orElseThrow();
    assertThat(back.problems().stream().map(p -> p.render()).toList())
        .isEqualTo(read.problems().stream().map(p -> p.render()).toList());
  }

  @Test
  void changingOneByteOfTheFileLeavesTheSnapshotUnused() throws IOException {
    Path file = copy("power-of-the-network.netmap");
    SnapshotCache cache = cache("b1");
    stored(cache, file).orElseThrow();
    byte[] bytes = Files.readAllBytes(file);
    int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("50k");
    bytes[at] = '6'; // Client 1 worth 60k now: same length, one byte changed
    Files.write(file, bytes);
    assertThat(cache.find(cache.key(List.of(file)))).isEmpty();
  }

  @Test
  void aSnapshotOfAnotherBuildOfNetworthIsNeverRead() throws IOException {
    Path file = copy("power-of-the-network.netmap");
    stored(cache("networth 0.1.0 a"), file).orElseThrow();
    SnapshotCache newer = cache("networth 0.1.0 b");
    assertThat(newer.find(newer.key(List.of(file)))).isEmpty();
  }

  @Test
  void aTruncatedSnapshotIsIgnoredDeletedAndWrittenAgain() throws IOException {
    Path file = copy("freelance-designer.netmap");
    SnapshotCache cache = cache("b1");
    SnapshotKey key = cache.key(List.of(file));
    stored(cache, file).orElseThrow();
    Path snapshot = cache.settings().folder().resolve(key.fileName());
    byte[] whole = Files.readAllBytes(snapshot);
    for (int length : new int[] {0, 7, 30, whole.length / 2, whole.length - 1}) {
      Files.write(snapshot, java.util.Arrays.copyOf(whole, length));
      assertThat(cache.find(key)).as("cut to %d bytes", length).isEmpty();
      assertThat(snapshot).doesNotExist();
      assertThat(cache.store(key, MapFiles.read(List.of(file)))).isTrue();
      assertThat(cache.find(key)).isPresent();
    }
  }

  @Test
  void aSnapshotWithAnyByteChangedIsIgnored() throws IOException {
    Path file = copy("freelance-designer.netmap");
    SnapshotCache cache = cache("b1");
    SnapshotKey key = cache.key(List.of(file));
    ReadResult read = MapFiles.read(List.of(file));
    cache.store(key, read);
    Path snapshot = cache.settings().folder().resolve(key.fileName());
    byte[] whole = Files.readAllBytes(snapshot);
    // Every 97th byte, header and body alike, flipped one at a time: each time ignored.
    for (int i = 0; i < whole.length; i += 97) {
      byte[] damaged = whole.clone();
      damaged[i] ^= 0x20;
      Files.write(snapshot, damaged);
      assertThat(cache.find(key)).as("byte %d changed", i).isEmpty();
    }
    Files.write(snapshot, whole);
    assertThat(cache.find(key).orElseThrow().map()).isEqualTo(read.map());
  }

  @Test
  void twoWritersAtOnceLeaveOneWholeSnapshot() throws Exception {
    Path file = copy("power-of-the-network.netmap");
    SnapshotCache cache = cache("b1");
    SnapshotKey key = cache.key(List.of(file));
    ReadResult read = MapFiles.read(List.of(file));
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> writers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Thread t =
          new Thread(
              () -> {
                try {
                  start.await();
                  for (int k = 0; k < 10; k++) {
                    cache.store(key, read);
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
      t.start();
      writers.add(t);
    }
    start.countDown();
    for (Thread t : writers) {
      t.join();
    }
    assertThat(cache.find(key).orElseThrow().map()).isEqualTo(read.map());
    try (var in = Files.list(cache.settings().folder())) {
      assertThat(in.map(p -> p.getFileName().toString()).toList()).containsExactly(key.fileName());
    }
  }

  @Test
  void aMapWithErrorsIsNotKept() throws IOException {
    Path file = dir.resolve("broken.netmap");
    Files.writeString(file, "persn Emily\n", StandardCharsets.UTF_8);
    SnapshotCache cache = cache("b1");
    ReadResult read = MapFiles.read(List.of(file));
    assertThat(read.hasErrors()).isTrue();
    assertThat(cache.store(cache.key(List.of(file)), read)).isFalse();
    assertThat(cache.settings().folder()).doesNotExist();
  }

  @Test
  void theFolderKeepsTheMostRecentlyUsedWithinItsBudgetAndDropsOldTemporaries() throws IOException {
    Path a = copy("power-of-the-network.netmap");
    Path b = copy("freelance-designer.netmap");
    SnapshotCache roomy = cache("b1");
    SnapshotKey keyA = roomy.key(List.of(a));
    SnapshotKey keyB = roomy.key(List.of(b));
    roomy.store(keyA, MapFiles.read(List.of(a)));
    Path folder = roomy.settings().folder();
    long sizeA = Files.size(folder.resolve(keyA.fileName()));
    Files.setLastModifiedTime(
        folder.resolve(keyA.fileName()), FileTime.from(Instant.now().minusSeconds(60)));
    Path stale = folder.resolve(".killed-write.tmp");
    Files.writeString(stale, "half a snapshot");
    Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(7200)));
    Path fresh = folder.resolve(".being-written.tmp");
    Files.writeString(fresh, "a snapshot being written now");
    // A budget smaller than both: the older one goes, the one just written stays.
    SnapshotCache tight = new SnapshotCache(new SnapshotCache.Settings(folder, 0, sizeA, "b1"));
    tight.store(keyB, MapFiles.read(List.of(b)));
    assertThat(folder.resolve(keyA.fileName())).doesNotExist();
    assertThat(folder.resolve(keyB.fileName())).exists();
    assertThat(stale).doesNotExist();
    assertThat(fresh).exists();
  }

  @Test
  void aCsvPairIsKeyedByBothSheets() throws IOException {
    Path sheets = dir.resolve("sheets");
    ReadResult read = MapFiles.read(List.of(EXAMPLES.resolve("power-of-the-network.netmap")));
    MapFiles.write(read.map(), networth.io.Layout.NONE, sheets);
    SnapshotCache cache = cache("b1");
    List<Path> files = SnapshotKey.files(List.of(sheets));
    SnapshotKey key = cache.key(files);
    ReadResult fromSheets = MapFiles.read(List.of(sheets));
    cache.store(key, fromSheets);
    assertThat(cache.find(cache.key(SnapshotKey.files(List.of(sheets)))).orElseThrow().map())
        .isEqualTo(fromSheets.map());
    Path connections = sheets.resolve(MapFiles.CONNECTIONS);
    Files.writeString(connections, Files.readString(connections) + "Twitter,Emily,,,\n");
    assertThat(cache.find(cache.key(SnapshotKey.files(List.of(sheets))))).isEmpty();
  }

  @Test
  void theFolderComesFromTheEnvironmentAndNeverTheHomeWhenSet() {
    assertThat(SnapshotCache.Settings.of(Map.of("NETWORTH_CACHE_DIR", "/x/c"), "/home/u").folder())
        .isEqualTo(Path.of("/x/c"));
    assertThat(SnapshotCache.Settings.of(Map.of("XDG_CACHE_HOME", "/x/xdg"), "/home/u").folder())
        .isEqualTo(Path.of("/x/xdg/networth"));
    SnapshotCache.Settings plain = SnapshotCache.Settings.of(Map.of(), "/home/u");
    assertThat(plain.folder()).isEqualTo(Path.of("/home/u/.cache/networth"));
    assertThat(plain.minBytes()).isEqualTo(1L << 20);
    assertThat(
            SnapshotCache.Settings.of(
                    Map.of("NETWORTH_SNAPSHOT_MIN_BYTES", "5", "NETWORTH_CACHE_MAX_MB", "3"), "/h")
                .maxBytes())
        .isEqualTo(3L << 20);
  }
}
