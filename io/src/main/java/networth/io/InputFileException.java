package networth.io;

import java.io.IOException;

/**
 * A file given as input cannot be used as it is: not UTF-8 text, or a spreadsheet pair whose
 * writing was interrupted. The message says which file, where, and what to do; the command exits 1,
 * as for any other problem in the input.
 */
public final class InputFileException extends IOException {
  private static final long serialVersionUID = 1L;

  public InputFileException(String message) {
    super(message);
  }
}
