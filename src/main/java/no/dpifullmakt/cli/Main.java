package no.dpifullmakt.cli;

import picocli.CommandLine.Command;

/** The command line: {@code dpi-fullmakt utfør|kontroller|fjern [valg]}. */
@Command(
    name = "dpi-fullmakt",
    version = "dpi-fullmakt 1.0",
    description =
        "Gir en ekstern virksomhet rett til å sende digital post til innbyggere (DPI) på vegne av"
            + " virksomheten din, ved å bruke Altinn slik en person gjør. Uten valg øver den i den"
            + " innebygde øvingsportalen.",
    subcommands = {
      Commands.Give.class,
      Commands.Check.class,
      Commands.Remove.class,
      Commands.Rehearse.class,
      PracticePortalCommand.class,
      FingerprintCommand.class
    })
public final class Main {

  @picocli.CommandLine.Mixin HelpOptions help;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code. */
  public static int run(String... args) {
    return run(Console.system(), args);
  }

  /** Runs the command line with this console (tests give their own). */
  public static int run(Console console, String... args) {
    return NorwegianCommandLine.create(new Main(), new CommandFactory(console), console)
        .execute(args);
  }
}
