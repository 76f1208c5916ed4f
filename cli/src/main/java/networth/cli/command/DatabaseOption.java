package networth.cli.command;

import java.nio.file.Path;
import java.util.Optional;
import networth.store.StoreConfig;
import picocli.CommandLine.Option;

/**
 * Where networth keeps its maps and accounts: the SQLite file of a data directory ({@code
 * --data-dir}, by default {@code ~/.networth}), or a PostgreSQL database ({@code --db}).
 */
final class DatabaseOption {

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "The data directory holding the SQLite database (default: ~/.networth).")
  Optional<Path> dataDir = Optional.empty();

  @Option(
      names = "--db",
      paramLabel = "URL",
      description =
          "A PostgreSQL database instead, as a JDBC URL: jdbc:postgresql://HOST:PORT/DB?user=U")
  Optional<String> db = Optional.empty();

  /**
   * The database asked for.
   *
   * @throws BadArgumentException when both options are given, or the URL is not a PostgreSQL one
   */
  StoreConfig config() {
    if (dataDir.isPresent() && db.isPresent()) {
      throw new BadArgumentException("give --data-dir or --db, not both");
    }
    if (db.isEmpty()) {
      return StoreConfig.dataDir(dataDir.orElseGet(StoreConfig::defaultDataDir));
    }
    try {
      return StoreConfig.url(db.get());
    } catch (IllegalArgumentException e) {
      throw new BadArgumentException("--db: " + e.getMessage());
    }
  }

  /**
   * Keeps the database libraries' logging setup notes (SLF4J's "no provider") off the terminal;
   * their errors still reach the command, which says them in its own words.
   */
  static void quietLibraries() {
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
  }
}
