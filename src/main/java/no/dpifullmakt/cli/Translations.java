package no.dpifullmakt.cli;

import java.util.List;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Picocli's messages about a mistyped command line, in Norwegian. */
final class Translations {

  private Translations() {}

  static String parameterError(ParameterException exception) {
    if (exception instanceof UnmatchedArgumentException unmatched) {
      List<String> args = unmatched.getUnmatched();
      return "ukjent valg eller argument «" + String.join(" ", args) + "».";
    }
    if (exception instanceof MissingParameterException missing) {
      return "mangler verdi for " + names(missing.getMissing()) + ".";
    }
    ArgSpec arg = exception.getArgSpec();
    if (arg != null && exception.getValue() != null) {
      return "ugyldig verdi «" + exception.getValue() + "» for " + name(arg) + ".";
    }
    return "ugyldig kommandolinje.";
  }

  private static String names(List<ArgSpec> args) {
    return String.join(", ", args.stream().map(Translations::name).toList());
  }

  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
  }
}
