package networth.cli.command;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import networth.cli.ExitCodes;
import networth.store.Store;
import networth.store.StoreConfig;
import networth.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code networth users}: the accounts of the people who keep maps in networth's database. */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    header = "Manage the accounts of the people who use networth's server.",
    description = {
      "Accounts live in networth's database: an SQLite file in the data directory (by default",
      "~/.networth), or the PostgreSQL database a team shares (--db)."
    },
    subcommands = {UsersCommand.Add.class})
public final class UsersCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  /** {@code networth users add NAME --password-stdin}. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      header = "Add a user, reading the password from standard input.",
      description = {
        "Adds a user who can sign in to the server. The password is read from the first line of",
        "standard input, so that it appears neither in the shell's history nor in the list of",
        "processes; it is kept only as a slow (Argon2id) hash."
      },
      footer = {
        "%nExamples:",
        "  printf '%%s\\n' \"$PASSWORD\" | networth users add ann --password-stdin",
        "  networth users add ann --password-stdin --db jdbc:postgresql://db.example/networth"
            + "?user=networth <password.txt",
        "%nExit codes: 0 added; 1 an empty password or a name already taken; 2 a wrong option;",
        "3 the database could not be reached or opened."
      })
  public static final class Add implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The name to sign in with.")
    String name;

    @Option(
        names = "--password-stdin",
        description = "Read the password from the first line of standard input (required).")
    boolean passwordStdin;

    @Mixin DatabaseOption database;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      if (!passwordStdin) {
        err.println(
            "networth: give the password on standard input, with --password-stdin (never as an"
                + " argument, where others could see it)");
        return ExitCodes.USAGE;
      }
      StoreConfig config = database.config();
      String password = firstLine();
      if (password.isEmpty()) {
        err.println(
            "networth: the password is empty: write it on the first line of standard input");
        return ExitCodes.INPUT_PROBLEMS;
      }
      DatabaseOption.quietLibraries();
      try (Store store = Store.open(config)) {
        store.accounts().add(name, password);
        PrintWriter out = spec.commandLine().getOut();
        out.println("added user " + name.strip() + " to " + config.describe());
        out.flush();
        return ExitCodes.OK;
      } catch (StoreException.Invalid e) {
        err.println("networth: " + e.getMessage());
        return ExitCodes.INPUT_PROBLEMS;
      } catch (StoreException e) {
        err.println("networth: " + e.getMessage());
        return ExitCodes.IO;
      }
    }

    /** The first line of standard input, without its line end; empty when there is none. */
    private static String firstLine() throws IOException {
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line = in.readLine();
      return line == null ? "" : line;
    }

    /**
     * The pool and the migrations log through SLF4J, which warns on standard error that nothing
     * receives its logs; a command line tool has nothing to say there, so it is told to keep quiet.
     */
  }
}
