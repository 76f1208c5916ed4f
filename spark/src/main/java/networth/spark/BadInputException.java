package networth.spark;

/**
 * The input cannot be read as journeys: the message says where (the file, its line when known, or
 * the column) and what to do. The entry point prints it and exits with code 1, never a trace.
 */
public final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadInputException(String message) {
    super(message);
  }
}
