package no.dpifullmakt.config;

/**
 * The settings of the run in progress. The entry point (the command line, or the test that starts
 * the practice portal) sets them before Cucumber runs; the step layer reads them.
 */
public final class RobotRuntime {

  private static volatile RunSettings settings;

  private RobotRuntime() {}

  public static void use(RunSettings runSettings) {
    settings = runSettings;
  }

  public static RunSettings settings() {
    RunSettings current = settings;
    if (current == null) {
      throw new IllegalStateException(
          "Roboten er ikke satt opp: start den med kommandolinjen eller testoppsettet.");
    }
    return current;
  }

  public static boolean configured() {
    return settings != null;
  }
}
