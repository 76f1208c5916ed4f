package networth.store;

import java.time.Clock;
import networth.store.accounts.Accounts;
import networth.store.accounts.Readers;
import networth.store.accounts.Sessions;
import networth.store.db.Database;
import networth.store.maps.MapStore;

/**
 * The storage networth's server stands on: maps with their history, users, sessions. Open one per
 * process and share it between threads; close it at the end.
 *
 * <pre>{@code
 * try (Store store = Store.open(StoreConfig.dataDir(StoreConfig.defaultDataDir()))) {
 *   User me = store.accounts().local();
 *   String id = store.maps().create(me, map);
 * }
 * }</pre>
 */
public final class Store implements AutoCloseable {

  private final Database database;
  private final MapStore maps;
  private final Accounts accounts;
  private final Sessions sessions;
  private final Readers readers;

  private Store(Database database, Clock clock) {
    this.database = database;
    this.maps = new MapStore(database.jdbi(), clock);
    this.accounts = new Accounts(database.jdbi(), clock);
    this.sessions = new Sessions(database.jdbi(), clock);
    this.readers = new Readers(database.jdbi(), clock);
  }

  /**
   * Opens the store, making the SQLite file or the schema when they are new.
   *
   * @throws StoreException.Unavailable when the database cannot be reached or prepared
   */
  public static Store open(StoreConfig config) {
    return open(config, Clock.systemUTC());
  }

  /** Opens the store with a clock of its own: for tests of expiry and history times. */
  public static Store open(StoreConfig config, Clock clock) {
    return new Store(Database.open(config), clock);
  }

  public MapStore maps() {
    return maps;
  }

  public Accounts accounts() {
    return accounts;
  }

  public Sessions sessions() {
    return sessions;
  }

  /** Who reads a map and what they may, in one query: the read path of every analysis. */
  public Readers readers() {
    return readers;
  }

  public StoreConfig config() {
    return database.config();
  }

  @Override
  public void close() {
    database.close();
  }
}
