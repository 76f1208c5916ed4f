package networth.store.db;

import networth.store.StoreException;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Runs work on the database so that every failure leaves as a {@link StoreException}: a write in
 * one transaction (all of it or nothing), a read on one connection.
 */
public final class Sql {

  private Sql() {}

  /**
   * Runs {@code work} in one transaction, committed when it returns and rolled back when it throws.
   *
   * @param doing what is being done, for messages: "adding a user"
   */
  public static <T> T write(Jdbi jdbi, String doing, HandleCallback<T, RuntimeException> work) {
    try {
      return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, work);
    } catch (IllegalArgumentException e) {
      // The model refused a value (a blank name, a probability above 1): the caller's to fix.
      throw new StoreException.Invalid(e.getMessage());
    } catch (RuntimeException e) {
      throw Failures.translate(doing, e);
    }
  }

  /** Runs {@code work} on one connection, outside a transaction. */
  public static <T> T read(Jdbi jdbi, String doing, HandleCallback<T, RuntimeException> work) {
    try {
      return jdbi.withHandle(work);
    } catch (RuntimeException e) {
      throw Failures.translate(doing, e);
    }
  }
}
