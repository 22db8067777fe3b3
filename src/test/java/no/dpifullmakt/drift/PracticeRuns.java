package no.dpifullmakt.drift;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.dpifullmakt.LentBrowser;

/**
 * The command-line runs of the UI drift tests, each against a practice portal of its own with one
 * named change on. The first time a test asks for one, the runs of its group are made one after
 * another in this JVM, on one lent browser; each test then reads its run's result and its portal's
 * state.
 */
final class PracticeRuns {

  /** The robot's wait for a screen: short, since a changed screen never comes right. */
  private static final String WAIT_SECONDS = "3";

  /**
   * One run.
   *
   * @param change the practice portal's named change, or «ingen»
   * @param arguments the command line after {@code utfør}
   * @param screenshots whether the run takes step screenshots (for its guide)
   */
  record Plan(String group, String key, boolean screenshots, String... arguments) {

    /** The practice portal's named change; a key may add what the run is for after a colon. */
    String change() {
      return key.split(":")[0];
    }
  }

  /*
   * Surefire runs test classes in several JVMs, and each JVM starts the runs it needs: only the group
   * of the run a test asks for, so no run is made twice in the same build for nothing.
   */
  private static final String DRIFT = "endringer";
  private static final String COSMETIC = "kosmetisk";
  private static final String NONE = "ingen";

  /** The drift run the cosmetic comparisons set against themselves, made in their own group. */
  static final String RELIED_UPON = "a3-knapp-omdopt:sammenligning";

  /** A finished run and the portal it ran against. */
  record Done(CliRun run, DriftPortal portal) {}

  private static final List<Plan> PLANS =
      List.of(
          new Plan(DRIFT, "a3-knapp-omdopt", false),
          new Plan(DRIFT, "a3-fane-omdopt", false),
          new Plan(DRIFT, "a3-lenke-flyttet", false),
          new Plan(DRIFT, "a3-knapp-deaktivert", false),
          new Plan(DRIFT, "a3-ny-bekreftelse", false),
          new Plan(DRIFT, "a3-feiltekst-endret", false, "--orgnr", "312345676", "--navn", "ukje"),
          new Plan(DRIFT, "a3-steg-fjernet", false),
          new Plan(DRIFT, "a3-ekstra-steg", false),
          new Plan(DRIFT, "a2-knapp-omdopt", false, "--generasjon", "altinn2"),
          new Plan(DRIFT, "a2-fane-omdopt", false, "--generasjon", "altinn2"),
          new Plan(DRIFT, "a2-ekstra-steg", false, "--generasjon", "altinn2"),
          new Plan(COSMETIC, "a3-kosmetisk", true),
          new Plan(COSMETIC, "a2-kosmetisk", false, "--generasjon", "altinn2"),
          new Plan(COSMETIC, RELIED_UPON, false),
          new Plan(NONE, "ingen", true));

  private static final Map<String, Done> runs = new LinkedHashMap<>();

  private PracticeRuns() {}

  /** The run with this key (its change); makes its group's runs the first time. */
  static synchronized Done of(String key) {
    if (!runs.containsKey(key)) {
      String group =
          PLANS.stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow().group();
      runs.putAll(runAll(PLANS.stream().filter(p -> p.group().equals(group)).toList()));
    }
    return runs.get(key);
  }

  private static Map<String, Done> runAll(List<Plan> plans) {
    Map<String, Done> done = new LinkedHashMap<>();
    List<DriftPortal> portals = new ArrayList<>();
    try (LentBrowser browser = LentBrowser.toThisThread()) {
      Path reports = Files.createTempDirectory("drift-rapporter");
      stopAtExit(portals, reports);
      for (Plan plan : plans) {
        DriftPortal portal =
            plan.change().equals("ingen")
                ? DriftPortal.start()
                : DriftPortal.withChanges(plan.change());
        portals.add(portal);
        Path folder = reports.resolve(plan.key().replace(':', '-'));
        done.put(plan.key(), new Done(run(plan, portal, folder), portal));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return done;
  }

  private static void stopAtExit(List<DriftPortal> portals, Path reports) {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  portals.forEach(DriftPortal::close);
                  deleteQuietly(reports);
                },
                "stopp-portaler"));
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Only a temporary folder left behind.
    }
  }

  private static CliRun run(Plan plan, DriftPortal portal, Path folder) throws IOException {
    Files.createDirectories(folder);
    List<String> args = new ArrayList<>(List.of("utfør"));
    args.addAll(List.of(plan.arguments()));
    args.addAll(List.of("--ventetid", WAIT_SECONDS, "--rapportmappe", folder.toString()));
    Map<String, String> environment =
        Map.of(
            "DPI_OVELSESPORTAL",
            portal.baseUrl().toString(),
            "DPI_SKJERMBILDER",
            plan.screenshots() ? "på" : "av");
    CliRun run = CliRun.of(environment, folder, args.toArray(String[]::new));
    keepForReading(plan.key().replace(':', '-'), run);
    return run;
  }

  /** Each diagnosis is kept in target/drift-diagnoser/, to read after the build. */
  private static void keepForReading(String change, CliRun run) throws IOException {
    if (run.has("diagnose.txt")) {
      Path kept = Path.of("target", "drift-diagnoser");
      Files.createDirectories(kept);
      Files.writeString(kept.resolve(change + ".txt"), run.file("diagnose.txt"));
    }
  }
}
