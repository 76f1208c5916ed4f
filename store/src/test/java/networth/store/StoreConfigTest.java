package networth.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the store is, and what a person is told when it cannot be used. */
class StoreConfigTest {

  @Test
  void aPasswordInAUrlIsNeverShown() {
    StoreConfig withParameter =
        StoreConfig.url(
            "jdbc:postgresql://db.example:5432/networth?user=app&password=s3cret&ssl=true");
    StoreConfig withUserInfo = StoreConfig.url("jdbc:postgresql://app:s3cret@db.example/networth");

    assertThat(withParameter.redactedUrl())
        .isEqualTo("jdbc:postgresql://db.example:5432/networth?user=app&password=***&ssl=true");
    assertThat(withUserInfo.redactedUrl())
        .isEqualTo("jdbc:postgresql://app:***@db.example/networth");
    assertThat(withParameter.toString()).doesNotContain("s3cret");
    assertThat(withParameter.describe()).doesNotContain("s3cret");
  }

  @Test
  void aUrlForAnotherDatabaseIsRefusedSayingWhatWorks() {
    assertThatThrownBy(() -> StoreConfig.url("jdbc:mysql://localhost/networth?password=s3cret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a database networth can use")
        .hasMessageContaining("jdbc:postgresql://localhost:5432/networth")
        .message()
        .doesNotContain("s3cret");
    assertThatThrownBy(() -> StoreConfig.url("networth.db"))
        .hasMessageContaining("'networth.db' is not a database networth can use");
  }

  @Test
  void anUnreachablePostgresIsSaidSoWithoutThePassword() {
    // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
    StoreConfig config =
        StoreConfig.url("jdbc:postgresql://127.0.0.1:1/networth?user=app&password=s3cret")
            .withConnectTimeout(Duration.ofSeconds(2));

    assertThatThrownBy(() -> Store.open(config))
        .isInstanceOf(StoreException.Unavailable.class)
        .hasMessageStartingWith(
            "cannot reach the database at jdbc:postgresql://127.0.0.1:1/networth?user=app&password=***")
        .hasMessageContaining("check that PostgreSQL is running there")
        .message()
        .doesNotContain("s3cret");
  }

  @Test
  void theEmbeddedDatabaseIsOneFileInTheDataDirectoryMadeWhenMissing(@TempDir Path home) {
    Path dir = home.resolve("not yet").resolve(".networth");
    StoreConfig config = StoreConfig.dataDir(dir);

    try (Store store = Store.open(config)) {
      store.accounts().add("ann", "secret");
    }
    assertThat(config.sqliteFile()).isEqualTo(dir.resolve("networth.db"));
    assertThat(Files.isRegularFile(dir.resolve("networth.db"))).isTrue();
    assertThat(config.describe()).isEqualTo("SQLite in " + dir.resolve("networth.db"));
    // Opened again, it holds what was written and its schema is not made twice.
    try (Store again = Store.open(config)) {
      assertThat(again.accounts().count()).isEqualTo(1);
    }
  }

  @Test
  void aDataDirectoryThatCannotBeMadeIsSaidSo(@TempDir Path home) throws Exception {
    Path file = Files.writeString(home.resolve("a file"), "not a directory");

    assertThatThrownBy(() -> Store.open(StoreConfig.dataDir(file.resolve("data"))))
        .isInstanceOf(StoreException.Unavailable.class)
        .hasMessageContaining("cannot make the data directory " + file.resolve("data"));
  }

  @Test
  void theDefaultDataDirectoryIsDotNetworthInTheHomeDirectory() {
    assertThat(StoreConfig.defaultDataDir())
        .isEqualTo(Path.of(System.getProperty("user.home"), ".networth"));
  }
}
