package networth.io;

/** The files given are not of a form networth reads or writes; the message says what to give. */
public final class UnsupportedFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public UnsupportedFormatException(String message) {
    super(message);
  }
}
