package networth.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import networth.engine.BadOptionException;
import networth.io.UnsupportedFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code networth} command: its subcommands, and what each kind of failure exits with. */
@Command(
    name = "networth",
    mixinStandardHelpOptions = true,
    version = "networth 0.1.0",
    description =
        "Which of my networking actually brings in work? Record, check and analyse a network map.",
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  done",
      "  1  the input has problems: errors in the map, or files to format",
      "  2  the command line is wrong: an unknown option, format or name",
      "  3  a file could not be read or written",
      "",
      "Run 'networth COMMAND --help' for a command's options and examples.%n"
    })
public final class Networth {

  @picocli.CommandLine.Option(
      names = "--timings",
      description = "Report how long each phase takes, and the heap in use, on standard error.")
  void timings(boolean on) {
    if (on) {
      Timings.reportTo(new PrintWriter(System.err, true));
    }
  }

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs a command line, writing to the given streams; returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Networth());
    Subcommands.register(cli, args);
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // Descriptions are written for 100 columns; a wider terminal gets its own width.
    cli.setUsageHelpWidth(100);
    cli.setUsageHelpAutoWidth(true);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("networth: " + explain(e));
          return exitCode(e);
        });
    try {
      return cli.execute(args);
    } finally {
      Timings.off();
    }
  }

  private static String explain(Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (cause instanceof NoSuchFileException n) {
      return "no such file: " + n.getFile();
    }
    if (cause instanceof AccessDeniedException a) {
      return "not allowed to open " + a.getFile();
    }
    if (cause instanceof java.nio.charset.MalformedInputException) {
      return "a file is not UTF-8 text: save it as UTF-8";
    }
    if (cause instanceof IOException io) {
      return "cannot read or write a file: " + io.getMessage();
    }
    return cause.getMessage() == null ? cause.toString() : cause.getMessage();
  }

  private static int exitCode(Exception e) {
    if (e instanceof UnsupportedFormatException || e instanceof BadOptionException) {
      return ExitCodes.USAGE;
    }
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      return ExitCodes.IO;
    }
    return ExitCodes.SOFTWARE;
  }
}
