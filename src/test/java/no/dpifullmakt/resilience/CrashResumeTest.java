package no.dpifullmakt.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.dpifullmakt.LentBrowser;
import no.dpifullmakt.browser.BrowserPool;
import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The robot is killed, browser and JVM, in the middle of a step; then it runs again. The second run
 * finishes, and the portal has exactly one right.
 */
class CrashResumeTest {

  private static final String FJORDVIK = "315260183";
  private static final String VISMA = "980858073";

  private static PracticePortal portal;
  private static Path folder;

  /** The second runs' browser: the killed runs start their own, in their own JVM. */
  private static LentBrowser browser;

  @BeforeAll
  static void startPortal() throws IOException {
    portal = PracticePortal.start(PortalOptions.forTests());
    folder = Files.createTempDirectory("krasj");
    browser = LentBrowser.toThisThread();
  }

  @AfterAll
  static void stopPortal() {
    browser.close();
    BrowserPool.closeAll();
    portal.close();
  }

  /**
   * A crash point in the middle of each generation's changes, in the normal test run. (A run that
   * finds the right given already says so: the feature «Visma har fullmakten fra før».)
   */
  static Stream<Arguments> representative() {
    return Stream.of(Arguments.of("altinn3", 7, 12), Arguments.of("altinn2", 10, 12));
  }

  /** Every step of both flows, with -Plange. */
  static Stream<Arguments> everyStep() {
    List<Arguments> all = new ArrayList<>();
    for (int step = 0; step < 12; step++) {
      all.add(Arguments.of("altinn3", step, 12));
    }
    for (int step = 0; step < 12; step++) {
      all.add(Arguments.of("altinn2", step, 12));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}: drept etter steg {1} av {2}")
  @MethodSource("representative")
  void killedInTheMiddleThenRunAgain(String generation, int afterStep, int steps) throws Exception {
    crashThenResume(generation, afterStep, steps);
  }

  @Tag("lang")
  @ParameterizedTest(name = "{0}: drept etter steg {1} av {2}")
  @MethodSource("everyStep")
  void killedAtEveryStepThenRunAgain(String generation, int afterStep, int steps) throws Exception {
    crashThenResume(generation, afterStep, steps);
  }

  private void crashThenResume(String generation, int afterStep, int steps) throws Exception {
    RobotAgainstPortal robot = new RobotAgainstPortal(portal, folder);
    robot.control().reset(FJORDVIK);

    killWhileRunning(robot, generation, afterStep, steps);
    int second = robot.run(FJORDVIK, "utfør", "--generasjon", generation, "--orgnr", VISMA);

    assertThat(second).isZero();
    int rights =
        generation.equals("altinn3")
            ? robot.dpiDelegationsAltinn3(FJORDVIK, VISMA)
            : robot.dpiRightsAltinn2(FJORDVIK, VISMA);
    assertThat(rights).as("rettigheter etter krasj og ny kjøring").isEqualTo(1);
  }

  /** Runs the robot as its own process and kills it, browser and all, once a step has passed. */
  private static void killWhileRunning(
      RobotAgainstPortal robot, String generation, int afterStep, int steps) throws Exception {
    Path environment = robot.environmentFile(FJORDVIK);
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "no.dpifullmakt.cli.Main",
                "utfør",
                "--generasjon",
                generation,
                "--orgnr",
                VISMA,
                "--miljo",
                environment.toString(),
                "--rapportmappe",
                folder.resolve("krasj-rapporter").toString())
            .redirectErrorStream(true);
    builder.environment().put("DPI_TESTID_FNR", RobotAgainstPortal.DAGLIG_LEDER);
    Process process = builder.start();
    String trigger = afterStep == 0 ? "Forberedelse:" : "Steg " + afterStep + " av " + steps + ":";
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      Optional<String> reached =
          CompletableFuture.supplyAsync(
                  () -> out.lines().filter(line -> line.contains(trigger)).findFirst())
              .get(300, TimeUnit.SECONDS);
      // A run that ended without passing the step was never killed in the middle.
      assertThat(reached).as("kjøringen nådde «%s» før den ble drept", trigger).isPresent();
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
