package no.dpifullmakt.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The actions as commands: each runs the procedure from the feature files. */
final class Commands {

  private Commands() {}

  /** What the commands share: the options, the console, and running the action. */
  abstract static class ActionCommand implements Callable<Integer> {
    @Mixin HelpOptions help;

    private final Console console;
    private final Action action;

    ActionCommand(Console console, Action action) {
      this.console = console;
      this.action = action;
    }

    @Override
    public Integer call() {
      return new RobotRun(action, options(), console).execute().code();
    }

    abstract RunOptions options();
  }

  /** utfør, kontroller and fjern: every option. */
  abstract static class FullCommand extends ActionCommand {
    @Mixin RunOptions options;

    FullCommand(Console console, Action action) {
      super(console, action);
    }

    @Override
    RunOptions options() {
      return options;
    }
  }

  @Command(
      name = "utfør",
      footer = {HelpTexts.ENVIRONMENT_VARIABLES, HelpTexts.EXIT_CODES},
      aliases = {"gi"},
      description = "Gir leverandøren rett til å sende digital post til innbyggere (DPI).")
  static final class Give extends FullCommand {
    Give(Console console) {
      super(console, Action.GIVE);
    }
  }

  @Command(
      name = "kontroller",
      footer = {HelpTexts.ENVIRONMENT_VARIABLES, HelpTexts.EXIT_CODES},
      description = "Kontrollerer at leverandøren har rettigheten. Endrer ingenting.")
  static final class Check extends FullCommand {
    Check(Console console) {
      super(console, Action.CHECK);
    }
  }

  @Command(
      name = "fjern",
      footer = {HelpTexts.ENVIRONMENT_VARIABLES, HelpTexts.EXIT_CODES},
      description =
          "Fjerner rettigheten fra leverandøren (for eksempel for å rydde etter en test).")
  static final class Remove extends FullCommand {
    Remove(Console console) {
      super(console, Action.REMOVE);
    }
  }

  @Command(
      name = "øv",
      footer = {HelpTexts.ENVIRONMENT_VARIABLES, HelpTexts.EXIT_CODES},
      description =
          "Øv i øvingsportalen: som «utfør», men alltid i øvingsportalen og i assistert modus."
              + " Du logger inn selv med en oppdiktet testperson.")
  static final class Rehearse extends ActionCommand {
    @Mixin SupplierOptions suppliers;

    @Mixin CommonOptions common;

    @Mixin AssistOptions assist;

    Rehearse(Console console) {
      super(console, Action.GIVE);
    }

    @Override
    RunOptions options() {
      return RunOptions.forRehearsal(suppliers, common, assist);
    }
  }
}
