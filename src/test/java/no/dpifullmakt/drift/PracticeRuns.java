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
import java.util.Set;
import java.util.stream.Stream;
import no.dpifullmakt.LentBrowser;

/**
 * The command-line runs of the drift tests, each against a practice portal of its own with one
 * named change on, from a named situation. The first time a test asks for one, the runs of its
 * group are made one after another in this JVM, on one lent browser; each test then reads its run's
 * result and what the portal stored before and after it.
 */
final class PracticeRuns {

  /**
   * The robot's wait for a screen: short, since a changed screen never comes right, and long enough
   * that a loaded test machine has drawn the rest of the page for the diagnosis.
   */
  private static final String WAIT_SECONDS = "5";

  /**
   * One run.
   *
   * @param key what tests ask for; the change, or «command:change», or «change:purpose»
   * @param change the practice portal's named change, or «ingen»
   * @param command {@code utfør}, {@code kontroller} or {@code fjern}
   * @param situation the situation of the acting organisation before the run, or null for the seed
   * @param screenshots whether the run takes step screenshots (for its guide)
   * @param arguments the command line after the command
   */
  record Plan(
      String group,
      String key,
      String change,
      String command,
      String situation,
      boolean screenshots,
      String... arguments) {

    String generation() {
      return List.of(arguments).contains("altinn2") || change.startsWith("a2-")
          ? "altinn2"
          : "altinn3";
    }
  }

  /** A finished run, the portal it ran against, and what the portal stored before it. */
  record Done(Plan plan, CliRun run, DriftPortal portal, String stateBefore) {

    /** The acting organisation's state now, as JSON. */
    String stateAfter() {
      return plan.generation().equals("altinn2") ? portal.altinn2State() : portal.altinn3State();
    }
  }

  /*
   * Surefire runs test classes in several JVMs, and each JVM starts the runs it needs: only the group
   * of the run a test asks for, so no run is made twice in the same build for nothing.
   */
  static final String DRIFT = "endringer";
  static final String CHECKS = "kontroller";
  static final String REMOVALS = "fjern";
  private static final String COSMETIC = "kosmetisk";
  private static final String NONE = "ingen";

  /** The drift run the cosmetic comparisons set against themselves, made in their own group. */
  static final String RELIED_UPON = "a3-knapp-omdopt:sammenligning";

  /** The changes of each generation, every one run with each command. */
  static final List<String> ALTINN3_CHANGES =
      List.of(
          "a3-knapp-omdopt",
          "a3-fane-omdopt",
          "a3-lenke-flyttet",
          "a3-knapp-deaktivert",
          "a3-ny-bekreftelse",
          "a3-feiltekst-endret",
          "a3-steg-fjernet",
          "a3-ekstra-steg",
          "a3-slett-omdopt",
          "a3-orgnr-omdopt",
          "a3-rader-endret",
          "a3-forveksling",
          "a3-kosmetisk");

  static final List<String> ALTINN2_CHANGES =
      List.of(
          "a2-knapp-omdopt",
          "a2-fane-omdopt",
          "a2-ekstra-steg",
          "a2-seksjon-omdopt",
          "a2-forveksling",
          "a2-fjern-omdopt",
          "a2-kosmetisk");

  private static final Set<String> READ_BY_CHECKS_AND_REMOVALS =
      Set.of(
          "a3-slett-omdopt",
          "a3-orgnr-omdopt",
          "a3-rader-endret",
          "a3-forveksling",
          "a2-seksjon-omdopt",
          "a2-fjern-omdopt",
          "a2-forveksling");

  /**
   * The normal build runs each command under the changes that show a behaviour of their own, and
   * {@code -Plange} ({@code -Ddrift.alle=true}) runs every change with every command.
   *
   * <p>{@code utfør} meets one change of each kind of diagnosis (renamed, moved, disabled, a new
   * dialog, an unknown message, a removed step; in Altinn 2 a new button and a new dialog page) and
   * both look-alikes. A renamed tab is diagnosed as a renamed button is, and the changes to what
   * checks and removals read are run with those commands. {@code kontroller} and {@code fjern} meet
   * every change to what they read (the remove buttons, the number line, the rows, the Altinn 2
   * section) and the look-alikes; that a command passes a change it does not meet is shown by the
   * cosmetic runs and by {@code kontroller} under {@code a3-rader-endret}, and that a removal keeps
   * a supplier's other rights by the feature «Leverandøren har også andre fullmakter».
   */
  private static final Map<String, Set<String>> NORMAL_BUILD =
      Map.of(
          DRIFT,
          Set.of(
              "a3-knapp-omdopt",
              "a3-lenke-flyttet",
              "a3-knapp-deaktivert",
              "a3-ny-bekreftelse",
              "a3-feiltekst-endret",
              "a3-steg-fjernet",
              "a3-forveksling",
              "a2-knapp-omdopt",
              "a2-ekstra-steg",
              "a2-forveksling"),
          CHECKS,
          READ_BY_CHECKS_AND_REMOVALS,
          REMOVALS,
          READ_BY_CHECKS_AND_REMOVALS);

  private static final boolean EVERY_PAIR = Boolean.getBoolean("drift.alle");

  private static final List<Plan> PLANS =
      plans().stream().filter(plan -> EVERY_PAIR || inNormalBuild(plan)).toList();

  private static boolean inNormalBuild(Plan plan) {
    Set<String> changes = NORMAL_BUILD.get(plan.group());
    return changes == null || changes.contains(plan.change());
  }

  private static List<Plan> plans() {
    List<Plan> plans = new ArrayList<>();
    for (String change : ALTINN3_CHANGES) {
      boolean cosmetic = change.endsWith("kosmetisk");
      String[] args =
          change.equals("a3-feiltekst-endret")
              ? new String[] {"--orgnr", "312345676", "--navn", "ukje"}
              : new String[0];
      plans.add(
          new Plan(
              cosmetic ? COSMETIC : DRIFT,
              change,
              change,
              "utfør",
              change.equals("a3-forveksling") ? "altinn3-visma-har-dpi-les" : null,
              cosmetic,
              args));
      plans.add(
          new Plan(
              CHECKS,
              "kontroller:" + change,
              change,
              "kontroller",
              change.equals("a3-forveksling")
                  ? "altinn3-visma-har-dpi-les"
                  : "altinn3-visma-har-dpi",
              false));
      plans.add(
          new Plan(
              REMOVALS,
              "fjern:" + change,
              change,
              "fjern",
              change.equals("a3-forveksling")
                  ? "altinn3-visma-har-dpi-les"
                  : "altinn3-visma-har-dpi-og-to-andre",
              false));
    }
    for (String change : ALTINN2_CHANGES) {
      boolean cosmetic = change.endsWith("kosmetisk");
      String lookalike = change.equals("a2-forveksling") ? "altinn2-visma-har-forveksling" : null;
      plans.add(
          new Plan(
              cosmetic ? COSMETIC : DRIFT,
              change,
              change,
              "utfør",
              lookalike,
              false,
              "--generasjon",
              "altinn2"));
      plans.add(
          new Plan(
              CHECKS,
              "kontroller:" + change,
              change,
              "kontroller",
              lookalike != null ? lookalike : "altinn2-visma-har-dpi",
              false,
              "--generasjon",
              "altinn2"));
      plans.add(
          new Plan(
              REMOVALS,
              "fjern:" + change,
              change,
              "fjern",
              lookalike != null ? lookalike : "altinn2-visma-har-dpi-og-andre",
              false,
              "--generasjon",
              "altinn2"));
    }
    plans.add(new Plan(COSMETIC, RELIED_UPON, "a3-knapp-omdopt", "utfør", null, false));
    plans.add(new Plan(NONE, "ingen", "ingen", "utfør", null, true));
    return List.copyOf(plans);
  }

  private static final Map<String, Done> runs = new LinkedHashMap<>();

  private PracticeRuns() {}

  /** The keys of a group's runs, for tests that check every one of them. */
  static List<String> keys(String group) {
    return PLANS.stream().filter(p -> p.group().equals(group)).map(Plan::key).toList();
  }

  /** The run with this key; makes its group's runs the first time. */
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
            plan.change().equals(NONE)
                ? DriftPortal.start()
                : DriftPortal.withChanges(plan.change());
        portals.add(portal);
        if (plan.situation() != null) {
          portal.situation(plan.situation());
        }
        String before =
            plan.generation().equals("altinn2") ? portal.altinn2State() : portal.altinn3State();
        Path folder = reports.resolve(plan.key().replace(':', '-'));
        done.put(plan.key(), new Done(plan, run(plan, portal, folder), portal, before));
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
    List<String> args = new ArrayList<>(List.of(plan.command()));
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
  private static void keepForReading(String key, CliRun run) throws IOException {
    Path kept = Path.of("target", "drift-diagnoser");
    Files.createDirectories(kept);
    Files.writeString(kept.resolve(key + "-utskrift.txt"), run.out());
    if (run.has("diagnose.txt")) {
      Files.writeString(kept.resolve(key + ".txt"), run.file("diagnose.txt"));
    }
  }
}
