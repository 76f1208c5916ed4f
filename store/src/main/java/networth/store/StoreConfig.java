package networth.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where the store keeps its data: an SQLite file in a data directory (the default, nothing to
 * install) or a PostgreSQL database named by a JDBC URL, which several servers can share.
 *
 * @param url the JDBC URL: {@code jdbc:sqlite:PATH} or {@code jdbc:postgresql://HOST/DB}
 * @param poolSize the most connections kept open at once
 * @param connectTimeout how long to wait for a connection before saying the database is unreachable
 */
public record StoreConfig(String url, int poolSize, Duration connectTimeout) {

  /** The file an SQLite store keeps in its data directory. */
  public static final String SQLITE_FILE = "networth.db";

  /** Connections kept for PostgreSQL: enough for a server's request threads to share. */
  public static final int POOL_SIZE_DEFAULT = 10;

  public static final Duration CONNECT_TIMEOUT_DEFAULT = Duration.ofSeconds(10);

  private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");
  private static final Pattern USER_INFO = Pattern.compile("(//[^/:@]*:)[^@/]*@");

  public StoreConfig {
    if (!isSqlite(url) && !isPostgres(url)) {
      throw new IllegalArgumentException(
          "'"
              + redact(url)
              + "' is not a database networth can use: give a PostgreSQL JDBC URL such as"
              + " jdbc:postgresql://localhost:5432/networth (or jdbc:sqlite:FILE)");
    }
    if (poolSize < 1) {
      throw new IllegalArgumentException("a pool needs at least one connection, not " + poolSize);
    }
    if (connectTimeout.isNegative() || connectTimeout.isZero()) {
      throw new IllegalArgumentException("the connect timeout must be positive");
    }
  }

  /** An SQLite store in {@code dir} (made when missing), in the file {@value #SQLITE_FILE}. */
  public static StoreConfig dataDir(Path dir) {
    return new StoreConfig(
        "jdbc:sqlite:" + dir.toAbsolutePath().resolve(SQLITE_FILE),
        POOL_SIZE_DEFAULT,
        CONNECT_TIMEOUT_DEFAULT);
  }

  /**
   * A store at a JDBC URL, as given to {@code --db}.
   *
   * @throws IllegalArgumentException saying which URLs work, when this is none of them
   */
  public static StoreConfig url(String url) {
    return new StoreConfig(url.trim(), POOL_SIZE_DEFAULT, CONNECT_TIMEOUT_DEFAULT);
  }

  /** {@code ~/.networth}: where the embedded database lives unless told otherwise. */
  public static Path defaultDataDir() {
    return Path.of(System.getProperty("user.home"), ".networth");
  }

  public StoreConfig withPoolSize(int size) {
    return new StoreConfig(url, size, connectTimeout);
  }

  public StoreConfig withConnectTimeout(Duration timeout) {
    return new StoreConfig(url, poolSize, timeout);
  }

  public boolean isSqlite() {
    return isSqlite(url);
  }

  /** The SQLite file, for an SQLite store. */
  public Path sqliteFile() {
    if (!isSqlite()) {
      throw new IllegalStateException("not an SQLite store: " + redactedUrl());
    }
    String rest = url.substring("jdbc:sqlite:".length());
    int query = rest.indexOf('?');
    return Path.of(query < 0 ? rest : rest.substring(0, query));
  }

  /** The URL with any password in it replaced by {@code ***}: the form every message shows. */
  public String redactedUrl() {
    return redact(url);
  }

  /** What the store is, for a person: "SQLite in /home/me/.networth/networth.db". */
  public String describe() {
    return isSqlite() ? "SQLite in " + sqliteFile() : "PostgreSQL at " + redactedUrl();
  }

  @Override
  public String toString() {
    return "StoreConfig[" + redactedUrl() + ", pool " + poolSize + "]";
  }

  static String redact(String url) {
    String once = PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
    return USER_INFO.matcher(once).replaceAll("$1***@");
  }

  private static boolean isSqlite(String url) {
    return url.toLowerCase(Locale.ROOT).startsWith("jdbc:sqlite:")
        && url.length() > "jdbc:sqlite:".length();
  }

  private static boolean isPostgres(String url) {
    return url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
  }
}
