package networth.store;

/**
 * Something the store could not do, said so that a person understands it. Every failure of the
 * storage reaches its callers as one of these (never as a {@code SQLException}), and no message
 * holds a password from a connection URL.
 */
public class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /** No such map, or one the user may not see: the two are not told apart. */
  public static final class NotFound extends StoreException {
    private static final long serialVersionUID = 1L;

    public NotFound(String message) {
      super(message);
    }
  }

  /**
   * A write based on a version that is no longer the map's latest: nothing was changed. The server
   * answers it with 412 Precondition Failed.
   */
  public static final class Stale extends StoreException {
    private static final long serialVersionUID = 1L;
    private final long current;

    public Stale(String mapId, long basedOn, long current) {
      super(
          "map "
              + mapId
              + " has changed since version "
              + basedOn
              + " (it is at version "
              + current
              + "): read it again and redo the change");
      this.current = current;
    }

    /** The map's version now. */
    public long current() {
      return current;
    }
  }

  /** The user may see the map but not do this to it (a viewer changing it, an editor sharing). */
  public static final class NotAllowed extends StoreException {
    private static final long serialVersionUID = 1L;

    public NotAllowed(String message) {
      super(message);
    }
  }

  /** A change that cannot apply to the map as it is (a node it does not have, a name taken). */
  public static final class Invalid extends StoreException {
    private static final long serialVersionUID = 1L;

    public Invalid(String message) {
      super(message);
    }
  }

  /** The database could not be reached or opened. */
  public static final class Unavailable extends StoreException {
    private static final long serialVersionUID = 1L;

    public Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
