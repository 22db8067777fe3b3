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
          return ExitCode.BAD_INPUT.code();
        });
    commandLine.setExecutionExceptionHandler(
        (exception, cl, parseResult) -> {
          FailureClassifier.Failure failure = FailureClassifier.classify(exception);
          cl.getErr().println("Feil: " + failure.message());
          return failure.code().code();
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
    usage.footerHeading("%n");
    usage.synopsisSubcommandLabel("[KOMMANDO]");
    commandLine.getSubcommands().values().forEach(NorwegianCommandLine::applyHeadings);
  }
}
