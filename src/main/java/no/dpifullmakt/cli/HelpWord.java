package no.dpifullmakt.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** «dpi-fullmakt hjelp» and «dpi-fullmakt hjelp utfør»: help as a word, like --hjelp. */
@Command(
    name = "hjelp",
    helpCommand = true,
    description = "Viser hjelpen, for hele roboten eller for én kommando (hjelp utfør).")
final class HelpWord implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "KOMMANDO",
      description = "Kommandoen du vil se hjelpen for.")
  String command;

  @Override
  public Integer call() {
    CommandLine main = spec.parent().commandLine();
    if (command == null) {
      main.usage(main.getOut());
      return ExitCode.OK.code();
    }
    CommandLine sub = main.getSubcommands().get(command);
    if (sub == null) {
      main.getErr()
          .println("Feil: " + Translations.unknownCommand(command, main.getSubcommands().keySet()));
      return ExitCode.BAD_INPUT.code();
    }
    sub.usage(main.getOut());
    return ExitCode.OK.code();
  }
}
