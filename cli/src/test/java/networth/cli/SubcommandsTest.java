package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import networth.cli.command.SummaryCommand;
import networth.cli.command.UsersCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Only the command a command line names is built, and every other command line sees them all. */
class SubcommandsTest {

  static CommandLine root(String... args) {
    CommandLine cli = new CommandLine(new Networth());
    Subcommands.register(cli, args);
    return cli;
  }

  @Test
  void aNamedCommandIsTheOnlyOneBuilt() {
    assertThat(root("summary", "map.netmap").getSubcommands()).containsOnlyKeys("summary");
    // Past the root's own options.
    assertThat(Subcommands.named(root(), new String[] {"--timings", "summary", "m.netmap"}))
        .contains(SummaryCommand.class);
    // A command's own subcommands come with it.
    assertThat(root("users", "add", "ann").getSubcommands().get("users").getSubcommands())
        .containsKey("add");
    assertThat(Subcommands.named(root(), new String[] {"users", "add"}))
        .contains(UsersCommand.class);
  }

  @Test
  void helpNoCommandAndAMisspeltOneSeeEveryCommand() {
    int all = Subcommands.ALL.size();
    assertThat(root().getSubcommands()).hasSize(all);
    assertThat(root("--help").getSubcommands()).hasSize(all);
    assertThat(root("help", "summary").getSubcommands()).hasSize(all);
    assertThat(root("summry", "map.netmap").getSubcommands()).hasSize(all);
    assertThat(root("--no-such-option", "summary").getSubcommands()).hasSize(all);
  }

  @Test
  void theTopHelpStillListsEveryCommandAndAMisspellingGetsTheNearest() {
    Run help = Run.of("--help");
    assertThat(help.exit()).isZero();
    for (String command : CommandsTest.COMMANDS) {
      assertThat(help.out()).containsPattern("(?m)^  " + command + "\\b");
    }
    Run misspelt = Run.of("summry", SummaryCommandTest.SEED);
    assertThat(misspelt.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(misspelt.err()).contains("summary");
    Run helpOf = Run.of("help", "summary");
    assertThat(helpOf.exit()).isZero();
    assertThat(helpOf.out()).contains("Usage: networth summary");
  }
}
