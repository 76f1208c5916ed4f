package networth.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import networth.cli.output.InertControls;
import networth.engine.BadOptionException;
import networth.io.InputFileException;
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
      "  70 a bug in networth: please report it with the command and the message",
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

  @picocli.CommandLine.Option(
      names = "--no-cache",
      description =
          "Read the map itself, neither using nor keeping a snapshot of it (see docs/snapshots.md).")
  void noCache(boolean on) {
    networth.cli.command.MapInput.useSnapshots(!on);
  }

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs a command line, writing to the given streams; returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Networth());
    Subcommands.register(cli, args);
    // Labels are the map's text, and a map may come from anyone: no control byte in one reaches
    // the terminal as such.
    PrintWriter inertOut = new InertControls.Printer(out);
    PrintWriter inertErr = new InertControls.Printer(err);
    cli.setOut(inertOut);
    cli.setErr(inertErr);
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
      networth.cli.command.MapInput.finishSnapshots();
      networth.cli.command.MapInput.useSnapshots(true);
      inertOut.flush();
      inertErr.flush();
      Timings.off();
    }
  }

  private static String explain(Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (cause instanceof NoSuchFileException n) {
      return "no such file: " + n.getFile();
    }
    if (cause instanceof java.nio.file.FileSystemException f
        && !(cause instanceof AccessDeniedException)
        && f.getReason() != null
        && f.getFile() != null) {
      return "cannot read or write " + f.getFile() + ": " + f.getReason();
    }
    if (cause instanceof AccessDeniedException a) {
      return a.getReason() == null
          ? "not allowed to open " + a.getFile() + ": check its permissions"
          : "cannot write " + a.getFile() + ": " + a.getReason();
    }
    if (cause instanceof InputFileException) {
      return cause.getMessage();
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
    if (e instanceof InputFileException) {
      return ExitCodes.INPUT_PROBLEMS;
    }
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      return ExitCodes.IO;
    }
    return ExitCodes.SOFTWARE;
  }
}
