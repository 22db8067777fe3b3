package no.dpifullmakt.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * The command line: {@code dpi-fullmakt utfør|kontroller|fjern|øv [valg]}. Without a command it
 * shows a short overview and exits 2, so a script that lost its command does not pass.
 */
@Command(
    name = "dpi-fullmakt",
    version = "dpi-fullmakt 1.0",
    description =
        "Gir en ekstern virksomhet rett til å sende digital post til innbyggere (DPI) på vegne av"
            + " virksomheten din, ved å bruke Altinn slik en person gjør. Uten --miljo arbeider den i"
            + " den innebygde øvingsportalen.",
    footer = {HelpTexts.ENVIRONMENT_VARIABLES, HelpTexts.EXIT_CODES},
    subcommands = {
      HelpWord.class,
      Commands.Give.class,
      Commands.Check.class,
      Commands.Remove.class,
      Commands.Rehearse.class,
      PracticePortalCommand.class,
      FingerprintCommand.class
    })
public final class Main implements Callable<Integer> {

  @picocli.CommandLine.Mixin HelpOptions help;

  private final Console console;

  Main(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    console.out().printf(HelpTexts.OVERVIEW);
    console.out().flush();
    return ExitCode.BAD_INPUT.code();
  }

  public static void main(String[] args) {
    // Java itself never opens a window: the robot draws its screenshots' outlines in memory, and
    // opens the practice portal in the person's browser through the system's own opener. Decided
    // before anything asks, so a DISPLAY without a screen behind it cannot break the drawing.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code. */
  public static int run(String... args) {
    return run(Console.system(), args);
  }

  /** Runs the command line with this console (tests give their own). */
  public static int run(Console console, String... args) {
    return NorwegianCommandLine.create(new Main(console), new CommandFactory(console), console)
        .execute(args);
  }
}
