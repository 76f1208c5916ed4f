package networth.journeys.read;

/**
 * A journeys file that cannot be read as asked: a bad row, a missing column, a file that is not
 * text. The message names the place (file and line, or the file's header) and says what to do.
 */
public final class JourneyInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public JourneyInputException(String message) {
    super(message);
  }

  public JourneyInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
