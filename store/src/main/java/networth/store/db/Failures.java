package networth.store.db;

import java.sql.SQLException;
import networth.store.StoreException;
import org.jdbi.v3.core.JdbiException;

/**
 * Turns what the JDBC drivers and the pool throw into the store's own exceptions, with the reason a
 * person can act on and without the SQL or a connection URL.
 */
public final class Failures {

  private Failures() {}

  /** The innermost message of a failure: the driver's own words, usually the useful ones. */
  public static String reason(Throwable e) {
    Throwable t = e;
    String message = e.getMessage();
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        message = t.getMessage();
      }
    }
    if (message == null) {
      return t.getClass().getSimpleName();
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }

  /** Whether a failure is a broken unique constraint (a name or key taken twice). */
  public static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) {
        // 23505: PostgreSQL's unique_violation; SQLite says so in its message.
        if ("23505".equals(s.getSQLState())
            || (s.getMessage() != null && s.getMessage().contains("UNIQUE constraint failed"))) {
          return true;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /**
   * The store's exception for a failure of the database: unavailable when no connection could be
   * had, else a plain failure that says what was being done.
   */
  public static StoreException translate(String doing, RuntimeException e) {
    if (e instanceof StoreException s) {
      return s;
    }
    if (e instanceof JdbiException && isConnectionFailure(e)) {
      return new StoreException.Unavailable(
          "cannot reach the database while " + doing + ": " + reason(e), e);
    }
    return new StoreException("the database failed while " + doing + ": " + reason(e), e);
  }

  private static boolean isConnectionFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLTransientConnectionException
          || (t instanceof SQLException s
              && s.getSQLState() != null
              && s.getSQLState().startsWith("08"))) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
