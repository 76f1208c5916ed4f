package networth.engine;

/**
 * An option asks for what cannot be answered: an unknown model, a name the map does not have, a
 * number out of range. The message names the option and says what to do; a front end shows it as it
 * is (the command line exits 2 with it, a server answers 400).
 */
public class BadOptionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public BadOptionException(String message) {
    super(message);
  }
}
