package networth.store.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import networth.store.StoreConfig;
import networth.store.StoreException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;

/**
 * An open database: a pool of connections, its schema brought up to date by the migrations in
 * {@code db/migration}, and JDBI over it. The one place that knows how SQLite and PostgreSQL are
 * opened differently; everything above it runs the same statements on both.
 */
public final class Database implements AutoCloseable {

  private final StoreConfig config;
  private final HikariDataSource pool;
  private final Jdbi jdbi;

  private Database(StoreConfig config, HikariDataSource pool) {
    this.config = config;
    this.pool = pool;
    this.jdbi = Jdbi.create(pool);
  }

  /**
   * Opens the database and migrates its schema.
   *
   * @throws StoreException.Unavailable when it cannot be reached, created or migrated
   */
  public static Database open(StoreConfig config) {
    if (config.isSqlite()) {
      makeDirectory(config.sqliteFile().toAbsolutePath().getParent());
    }
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(poolConfig(config));
    } catch (RuntimeException e) {
      throw new StoreException.Unavailable(
          "cannot reach the database at "
              + config.redactedUrl()
              + ": "
              + Failures.reason(e)
              + (config.isSqlite()
                  ? ""
                  : "; check that PostgreSQL is running there and the URL's user may connect"),
          e);
    }
    try {
      Flyway.configure()
          .dataSource(pool)
          .locations("classpath:db/migration")
          .loggers("slf4j")
          .load()
          .migrate();
    } catch (FlywayException e) {
      pool.close();
      throw new StoreException.Unavailable(
          "cannot prepare the database at " + config.redactedUrl() + ": " + Failures.reason(e), e);
    }
    return new Database(config, pool);
  }

  private static HikariConfig poolConfig(StoreConfig config) {
    HikariConfig h = new HikariConfig();
    h.setJdbcUrl(config.url());
    h.setPoolName("networth");
    h.setConnectionTimeout(config.connectTimeout().toMillis());
    // One attempt at opening: a database that refuses is said so at once, not after retries.
    h.setInitializationFailTimeout(1);
    if (config.isSqlite()) {
      // Write-ahead logging lets readers go on while one writer writes; FULL makes a committed
      // transaction survive a crash of the machine, not only of the process. A transaction takes
      // the write lock when it begins (IMMEDIATE), so two writers queue instead of one failing
      // half-way when it finds the other holds the lock.
      h.addDataSourceProperty("journal_mode", "WAL");
      h.addDataSourceProperty("synchronous", "FULL");
      h.addDataSourceProperty("foreign_keys", "true");
      h.addDataSourceProperty("busy_timeout", "30000");
      h.addDataSourceProperty("transaction_mode", "IMMEDIATE");
      h.setMaximumPoolSize(Math.min(config.poolSize(), 4));
    } else {
      h.setMaximumPoolSize(config.poolSize());
      // The driver's own wait for a host that does not answer, in seconds.
      h.addDataSourceProperty(
          "connectTimeout", String.valueOf(Math.max(1, config.connectTimeout().toSeconds())));
    }
    return h;
  }

  private static void makeDirectory(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException.Unavailable(
          "cannot make the data directory " + dir + ": " + e.getMessage(), e);
    }
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  public StoreConfig config() {
    return config;
  }

  @Override
  public void close() {
    pool.close();
  }
}
