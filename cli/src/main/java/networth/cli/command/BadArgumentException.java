package networth.cli.command;

/** An argument names something the map does not have; the message says what was meant. */
public final class BadArgumentException extends networth.engine.BadOptionException {
  private static final long serialVersionUID = 1L;

  public BadArgumentException(String message) {
    super(message);
  }
}
