package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import networth.store.Store;
import networth.store.StoreConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code networth users add}: accounts for the server, added from the command line. */
class UsersCommandTest {

  @TempDir Path dataDir;

  /** A run with {@code stdin} as standard input. */
  private static Run withInput(String stdin, String... args) {
    InputStream before = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      return Run.of(args);
    } finally {
      System.setIn(before);
    }
  }

  @Test
  void addsAUserWhoCanThenSignInWithThePasswordReadFromStandardInput() {
    Run run =
        withInput(
            "correct horse\n",
            "users",
            "add",
            "ann",
            "--password-stdin",
            "--data-dir",
            dataDir.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .isEqualTo("added user ann to SQLite in " + dataDir.resolve("networth.db") + "\n");
    try (Store store = Store.open(StoreConfig.dataDir(dataDir))) {
      assertThat(store.accounts().authenticate("ann", "correct horse")).isPresent();
      assertThat(store.accounts().authenticate("ann", "correct horse\n")).isEmpty();
    }
  }

  @Test
  void aNameTakenAlreadyIsRefusedWithExitOne() {
    withInput(
        "first\n", "users", "add", "ann", "--password-stdin", "--data-dir", dataDir.toString());

    Run again =
        withInput(
            "second\n",
            "users",
            "add",
            "ann",
            "--password-stdin",
            "--data-dir",
            dataDir.toString());

    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.err()).isEqualTo("networth: there is already a user 'ann'\n");
    try (Store store = Store.open(StoreConfig.dataDir(dataDir))) {
      assertThat(store.accounts().authenticate("ann", "first")).isPresent();
    }
  }

  @Test
  void anEmptyPasswordIsRefusedWithExitOne() {
    for (String stdin : new String[] {"", "\n"}) {
      Run run =
          withInput(
              stdin, "users", "add", "ann", "--password-stdin", "--data-dir", dataDir.toString());

      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.err()).contains("the password is empty");
    }
  }

  @Test
  void aPasswordIsNeverTakenFromTheCommandLine() {
    Run run = withInput("secret\n", "users", "add", "ann", "--data-dir", dataDir.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--password-stdin");
  }

  @Test
  void aUrlOfAnotherDatabaseIsAWrongOptionAndItsPasswordIsNotShown() {
    Run run =
        withInput(
            "secret\n",
            "users",
            "add",
            "ann",
            "--password-stdin",
            "--db",
            "jdbc:mysql://h/db?password=hunter2");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("networth: --db: 'jdbc:mysql://h/db?password=***' is not a database")
        .doesNotContain("hunter2");
  }

  @Test
  void anUnreachableDatabaseIsSaidPlainlyWithoutAStackTraceOrThePassword() {
    // Nothing listens on port 1 of the loopback.
    Run run =
        withInput(
            "secret\n",
            "users",
            "add",
            "ann",
            "--password-stdin",
            "--db",
            "jdbc:postgresql://127.0.0.1:1/networth?user=app&password=hunter2");

    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err())
        .startsWith(
            "networth: cannot reach the database at"
                + " jdbc:postgresql://127.0.0.1:1/networth?user=app&password=***")
        .doesNotContain("hunter2")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }
}
