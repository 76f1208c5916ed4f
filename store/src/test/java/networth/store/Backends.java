package networth.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two databases every storage test runs on: SQLite in a fresh directory, and a real PostgreSQL
 * (started once per test run from binaries on Maven Central) with a fresh database per store, so
 * that tests never see each other's rows.
 */
public enum Backends {
  SQLITE,
  POSTGRES;

  private static EmbeddedPostgres postgres;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  /** A store on a new, empty database of this kind. */
  public Store open() {
    return Store.open(config());
  }

  /** Where a new, empty database of this kind is. */
  public StoreConfig config() {
    return this == SQLITE
        ? StoreConfig.dataDir(freshDirectory())
        : StoreConfig.url(freshPostgres());
  }

  private static Path freshDirectory() {
    try {
      Path dir = Files.createTempDirectory("networth-store");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The URL of a new database on the one PostgreSQL of this test run. */
  public static synchronized String freshPostgres() {
    try {
      if (postgres == null) {
        postgres = EmbeddedPostgres.builder().start();
        EmbeddedPostgres started = postgres;
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        started.close();
                      } catch (IOException e) {
                        // The test run is over; the operating system reclaims the rest.
                      }
                    }));
      }
      String name = "networth_" + DATABASES.incrementAndGet();
      try (Connection c = postgres.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + name);
      }
      return postgres.getJdbcUrl("postgres", name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the test PostgreSQL", e);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot make a test database", e);
    }
  }
}
