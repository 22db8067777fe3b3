package no.dpifullmakt;

import java.util.List;
import no.dpifullmakt.cli.Console;
import no.dpifullmakt.cli.Main;

/**
 * The robot's command line run inside a test, as {@link Main#run(Console, String...)}, with the
 * run's time added to {@code target/flyttider.tsv} so {@code scripts/Tidstabell.java} can show
 * where the build's minutes go.
 */
public final class TimedRuns {

  private static final List<String> COMMANDS =
      List.of("utfør", "kontroller", "fjern", "øv", "fingeravtrykk");

  private TimedRuns() {}

  public static int run(String... args) {
    return run(Console.system(), args);
  }

  public static int run(Console console, String... args) {
    long start = System.nanoTime();
    try {
      return Main.run(console, args);
    } finally {
      record(describe(args), (System.nanoTime() - start) / 1e9);
    }
  }

  private static String describe(String... args) {
    List<String> all = List.of(args);
    String command = all.isEmpty() || !COMMANDS.contains(all.get(0)) ? "annet" : all.get(0);
    int generation = all.indexOf("--generasjon");
    return generation >= 0 && generation + 1 < all.size()
        ? command + " " + all.get(generation + 1)
        : command;
  }

  private static void record(String what, double seconds) {
    String testClass =
        StackWalker.getInstance()
            .walk(
                frames ->
                    frames
                        .map(StackWalker.StackFrame::getClassName)
                        .filter(name -> name.endsWith("Test"))
                        .findFirst()
                        .orElse("ukjent"));
    BuildTimes.record("flyttider.tsv", testClass + "\t" + what, seconds);
  }
}
