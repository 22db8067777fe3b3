package no.dpifullmakt.cli;

import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The actions as commands: each runs the procedure from the feature files. */
final class Commands {

  private Commands() {}

  @Command(
      name = "utfør",
      aliases = {"gi"},
      description = "Gir leverandøren rett til å sende digital post til innbyggere (DPI).")
  static final class Give implements Callable<Integer> {
    @Mixin HelpOptions help;

    @Mixin RunOptions options;

    private final UnaryOperator<String> environment;

    Give(UnaryOperator<String> environment) {
      this.environment = environment;
    }

    @Override
    public Integer call() {
      return new RobotRun(Action.GIVE, options, environment).execute().code();
    }
  }

  @Command(
      name = "kontroller",
      description = "Kontrollerer at leverandøren har rettigheten. Endrer ingenting.")
  static final class Check implements Callable<Integer> {
    @Mixin HelpOptions help;

    @Mixin RunOptions options;

    private final UnaryOperator<String> environment;

    Check(UnaryOperator<String> environment) {
      this.environment = environment;
    }

    @Override
    public Integer call() {
      return new RobotRun(Action.CHECK, options, environment).execute().code();
    }
  }

  @Command(
      name = "fjern",
      description =
          "Fjerner rettigheten fra leverandøren (for eksempel for å rydde etter en test).")
  static final class Remove implements Callable<Integer> {
    @Mixin HelpOptions help;

    @Mixin RunOptions options;

    private final UnaryOperator<String> environment;

    Remove(UnaryOperator<String> environment) {
      this.environment = environment;
    }

    @Override
    public Integer call() {
      return new RobotRun(Action.REMOVE, options, environment).execute().code();
    }
  }
}
