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

    @Mixin RunOptions options;

    private final Console console;
    private final Action action;

    ActionCommand(Console console, Action action) {
      this.console = console;
      this.action = action;
    }

    @Override
    public Integer call() {
      return new RobotRun(action, adjust(options), console).execute().code();
    }

    RunOptions adjust(RunOptions given) {
      return given;
    }
  }

  @Command(
      name = "utfør",
      aliases = {"gi"},
      description = "Gir leverandøren rett til å sende digital post til innbyggere (DPI).")
  static final class Give extends ActionCommand {
    Give(Console console) {
      super(console, Action.GIVE);
    }
  }

  @Command(
      name = "kontroller",
      description = "Kontrollerer at leverandøren har rettigheten. Endrer ingenting.")
  static final class Check extends ActionCommand {
    Check(Console console) {
      super(console, Action.CHECK);
    }
  }

  @Command(
      name = "fjern",
      description =
          "Fjerner rettigheten fra leverandøren (for eksempel for å rydde etter en test).")
  static final class Remove extends ActionCommand {
    Remove(Console console) {
      super(console, Action.REMOVE);
    }
  }

  @Command(
      name = "øv",
      description =
          "Øv i øvingsportalen: som «utfør», men alltid i øvingsportalen og i assistert modus."
              + " Du logger inn selv med en oppdiktet testperson.")
  static final class Rehearse extends ActionCommand {
    Rehearse(Console console) {
      super(console, Action.GIVE);
    }

    @Override
    RunOptions adjust(RunOptions given) {
      given.environment = "ovelse";
      given.assisted = true;
      return given;
    }
  }
}
