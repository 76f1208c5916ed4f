package networth.cli;

/** What the command's exit code means; {@code networth --help} lists them. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int INPUT_PROBLEMS = 1;
  public static final int USAGE = 2;
  public static final int IO = 3;

  /** A bug in networth: the message says what failed. */
  public static final int SOFTWARE = 70;

  private ExitCodes() {}
}
