package networth.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import networth.model.Group;
import networth.model.NetworkMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A writer killed with {@code kill -9} in the middle of a stream of writes: opened again, the map
 * holds every write that was acknowledged, and of the write in flight either all or nothing.
 */
class KilledWriterTest {

  /** How many acknowledged writes to wait for before the kill. */
  private static final int ACKED_BEFORE_KILL = 40;

  @ParameterizedTest
  @EnumSource(Backends.class)
  void everyAcknowledgedWriteSurvivesAndNoneIsHalfWritten(Backends backend, @TempDir Path tmp)
      throws Exception {
    StoreConfig config = backend.config();
    NetworkMap start = Maps.of(Maps.STORY);
    String id;
    try (Store store = Store.open(config)) {
      User writer = store.accounts().add("writer", "secret");
      id = store.maps().create(writer, start);
    }

    Path errors = tmp.resolve("writer.err");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                StreamingWriter.class.getName(),
                config.url(),
                id,
                "writer")
            .redirectError(errors.toFile())
            .start();
    int acked = 0;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (acked < ACKED_BEFORE_KILL && (line = out.readLine()) != null) {
        assertThat(line).isEqualTo("acked " + (acked + 1));
        acked++;
      }
      // SIGKILL: no shutdown hook, no rollback, no closing of files; most likely mid-write.
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(acked).as(errorsOf(errors)).isEqualTo(ACKED_BEFORE_KILL);

    try (Store store = Store.open(config)) {
      User writer = store.accounts().find("writer").orElseThrow();
      long version = store.maps().version(writer, id);
      NetworkMap map = store.maps().read(writer, id).map();
      int groupsAdded = (int) version - 1;

      // Every acknowledged write is there; at most the one in flight besides.
      assertThat(groupsAdded).isBetween(ACKED_BEFORE_KILL, ACKED_BEFORE_KILL + 1);
      assertThat(store.maps().history(writer, id)).hasSize((int) version);
      // The map has exactly the groups of the versions it reached, each whole.
      assertThat(map.groups()).hasSize(start.groups().size() + groupsAdded);
      for (int i = 1; i <= groupsAdded; i++) {
        assertThat(map.group("g" + i))
            .map(Group::members)
            .contains(java.util.List.of("m" + i + "a", "m" + i + "b", "m" + i + "c"));
      }
      assertThat(map.nodes()).hasSize(start.nodes().size() + 3 * groupsAdded);
      // And it can still be changed: the database is not left locked or broken.
      assertThat(store.maps().undo(writer, id, version)).isEqualTo(version + 1);
    }
  }

  private static String errorsOf(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file) : "";
  }
}
