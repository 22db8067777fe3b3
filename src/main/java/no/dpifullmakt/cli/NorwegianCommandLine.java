package no.dpifullmakt.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.UsageMessageSpec;

/** Picocli with Norwegian headings and Norwegian messages for mistakes on the command line. */
final class NorwegianCommandLine {

  private NorwegianCommandLine() {}

  static CommandLine create(Object command, CommandLine.IFactory factory, Console console) {
    CommandLine commandLine = new CommandLine(command, factory);
    commandLine.setOut(new PrintWriter(console.out(), true));
    applyHeadings(commandLine);
    commandLine.setParameterExceptionHandler(
        (exception, args) -> {
          PrintWriter err = exception.getCommandLine().getErr();
          err.println("Feil: " + Translations.parameterError(exception));
          err.println(
              "Se «"
                  + exception.getCommandLine().getCommandSpec().qualifiedName()
                  + " --help» for hjelp.");
          return ExitCode.BAD_INPUT.code();
        });
    commandLine.setExecutionExceptionHandler(
        (exception, cl, parseResult) -> {
          cl.getErr().println("Feil: " + FailureClassifier.classify(exception).message());
          return FailureClassifier.classify(exception).code().code();
        });
    commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF));
    return commandLine;
  }

  private static void applyHeadings(CommandLine commandLine) {
    UsageMessageSpec usage = commandLine.getCommandSpec().usageMessage();
    usage.synopsisHeading("Bruk: ");
    usage.descriptionHeading("%n");
    usage.optionListHeading("%nValg:%n");
    usage.commandListHeading("%nKommandoer:%n");
    usage.parameterListHeading("%nParametere:%n");
    commandLine.getSubcommands().values().forEach(NorwegianCommandLine::applyHeadings);
  }
}
