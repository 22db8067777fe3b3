package no.dpifullmakt.cli;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Picocli's messages about a mistyped command line, as one Norwegian sentence that says what to do
 * next. A near miss gets «mente du …?».
 */
final class Translations {

  /** What «øv» always does itself, so these options are refused there with the reason. */
  private static final Map<String, String> REHEARSAL_FIXES =
      Map.of(
          "--miljo",
          "øv kjører alltid i øvingsportalen, så --miljo kan ikke brukes med øv: bruk «utfør"
              + " --miljo … --assistert» for et annet miljø.",
          "--assistert",
          "øv er alltid i assistert modus: ta bort --assistert.",
          "--synlig",
          "øv viser alltid nettleseren: ta bort --synlig.",
          "--aktor",
          "øv handler alltid for en oppdiktet virksomhet i øvingsportalen: ta bort --aktor.",
          "--trader",
          "øv tar én leverandør om gangen: ta bort --trader.",
          "--grid",
          "øv viser nettleseren på din egen skjerm: ta bort --grid.");

  private Translations() {}

  static String parameterError(ParameterException exception) {
    CommandLine commandLine = exception.getCommandLine();
    String help = " Se «" + commandLine.getCommandSpec().qualifiedName() + " --hjelp».";
    if (exception instanceof UnmatchedArgumentException unmatched) {
      return unmatched(commandLine, unmatched.getUnmatched(), help);
    }
    if (exception instanceof MissingParameterException missing) {
      return capitalised(names(missing.getMissing())) + " mangler en verdi." + help;
    }
    if (exception instanceof OverwrittenOptionException overwritten) {
      return capitalised(name(overwritten.getOverwritten()))
          + " er oppgitt mer enn én gang: oppgi det bare én gang.";
    }
    ArgSpec arg = exception.getArgSpec();
    if (arg != null && exception.getValue() != null) {
      return "Ugyldig verdi «" + exception.getValue() + "» for " + name(arg) + expected(arg) + help;
    }
    return "Kommandolinjen kan ikke leses." + help;
  }

  private static String unmatched(CommandLine commandLine, List<String> args, String help) {
    String first = args.isEmpty() ? "" : args.get(0);
    if (commandLine.getCommandSpec().name().equals("øv") && REHEARSAL_FIXES.containsKey(first)) {
      return REHEARSAL_FIXES.get(first);
    }
    if (first.startsWith("-")) {
      Optional<String> meant =
          NearMiss.closest(first, commandLine.getCommandSpec().optionsMap().keySet());
      return "Ukjent valg «"
          + first
          + "»"
          + meant.map(m -> ": mente du «" + m + "»?").orElse(".")
          + help;
    }
    if (!commandLine.getSubcommands().isEmpty()) {
      return unknownCommand(first, commandLine.getSubcommands().keySet());
    }
    return "Ukjent argument «"
        + first
        + "»: verdier skrives etter et valg, som «--orgnr 980858073»."
        + help;
  }

  /** «Ukjent kommando «utfor»: mente du «utfør»? Se «dpi-fullmakt hjelp».» */
  static String unknownCommand(String typed, Collection<String> commands) {
    return "Ukjent kommando «"
        + typed
        + "»"
        + NearMiss.closest(typed, commands)
            .map(m -> ": mente du «" + m + "»?")
            .orElse(": bruk utfør, kontroller, fjern eller øv.")
        + " Se «dpi-fullmakt hjelp».";
  }

  private static String expected(ArgSpec arg) {
    Class<?> type = arg.type();
    if (type == int.class || type == Integer.class) {
      return ": skriv et helt tall.";
    }
    return ".";
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String names(List<ArgSpec> args) {
    return String.join(", ", args.stream().map(Translations::name).toList());
  }

  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
  }
}
