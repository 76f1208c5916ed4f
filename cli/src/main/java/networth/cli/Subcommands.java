package networth.cli;

import java.util.List;
import java.util.Optional;
import networth.cli.command.AttributeCommand;
import networth.cli.command.CheckCommand;
import networth.cli.command.ConnectorsCommand;
import networth.cli.command.ConvertCommand;
import networth.cli.command.CriticalCommand;
import networth.cli.command.FmtCommand;
import networth.cli.command.GenerateCommand;
import networth.cli.command.ImportCommand;
import networth.cli.command.JourneysCommand;
import networth.cli.command.PathsCommand;
import networth.cli.command.RenderCommand;
import networth.cli.command.ReportCommand;
import networth.cli.command.RoiCommand;
import networth.cli.command.ServeCommand;
import networth.cli.command.SuggestCommand;
import networth.cli.command.SummaryCommand;
import networth.cli.command.TimelineCommand;
import networth.cli.command.UsersCommand;
import networth.cli.command.WhatIfCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The subcommands of {@code networth}, registered only as a command line needs them. picocli builds
 * the model of every registered command (its options, mixins and nested commands, by reflection)
 * before it parses anything: for all of them, a quarter of a short run such as {@code summary} on a
 * small map. A command line that names its command gets that one only; anything else (help, a
 * misspelt name, no command) gets them all, so that help lists every command and a misspelling is
 * answered with the nearest names, as before.
 */
final class Subcommands {

  /** Every subcommand, in the order help lists them. */
  static final List<Class<?>> ALL =
      List.of(
          CheckCommand.class,
          FmtCommand.class,
          ConvertCommand.class,
          ImportCommand.class,
          SummaryCommand.class,
          RenderCommand.class,
          ReportCommand.class,
          PathsCommand.class,
          AttributeCommand.class,
          JourneysCommand.class,
          CriticalCommand.class,
          WhatIfCommand.class,
          ConnectorsCommand.class,
          RoiCommand.class,
          TimelineCommand.class,
          GenerateCommand.class,
          SuggestCommand.class,
          UsersCommand.class,
          ServeCommand.class,
          CommandLine.HelpCommand.class);

  private Subcommands() {}

  /** Registers on {@code cli} the subcommands that {@code args} may use. */
  static void register(CommandLine cli, String[] args) {
    Optional<Class<?>> named = named(cli, args);
    if (named.isPresent()) {
      cli.addSubcommand(named.get());
    } else {
      ALL.forEach(cli::addSubcommand);
    }
  }

  /** The command {@code args} names, past the root's options; empty for help or an unknown one. */
  static Optional<Class<?>> named(CommandLine cli, String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.startsWith("-")) {
        OptionSpec option = cli.getCommandSpec().findOption(arg);
        if (option == null) {
          // "--" or an option the root does not know: let picocli answer with everything known.
          return Optional.empty();
        }
        if (option.arity().min() > 0) {
          i++;
        }
        continue;
      }
      for (Class<?> c : ALL) {
        Command command = c.getAnnotation(Command.class);
        if (command.name().equals(arg) || List.of(command.aliases()).contains(arg)) {
          return c == CommandLine.HelpCommand.class ? Optional.empty() : Optional.of(c);
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }
}
