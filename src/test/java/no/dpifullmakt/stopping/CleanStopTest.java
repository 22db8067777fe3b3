package no.dpifullmakt.stopping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real command line in its own JVM against its own practice portal, stopped in the middle of
 * {@code utfør}: by Ctrl+C (SIGINT), by SIGTERM, or by the browser going away. Every time: exit 5,
 * one line on the step and the changes with advice, no stack trace, and no browser, driver or
 * profile folder left.
 */
class CleanStopTest {

  /**
   * Each signal once in the normal build: between two changes, and at the end; a stop before any
   * change is among the random stops of -Plange.
   */
  static Stream<Arguments> representative() {
    return Stream.of(Arguments.of("INT", "altinn3", 8), Arguments.of("TERM", "altinn2", 12));
  }

  @ParameterizedTest(name = "SIG{0} under steg {2} i {1}")
  @MethodSource("representative")
  void aSignalStopsTheRunCleanly(String signal, String generation, int step) throws Exception {
    stopAndCheck(signal, generation, step);
  }

  /** With -Plange: twenty stops at random steps, by either signal, in either generation. */
  @Tag("lang")
  @Test
  void twentyStopsAtRandomPointsAreAllClean() throws Exception {
    long seed = Long.getLong("stopp.frø", System.nanoTime());
    Random random = new Random(seed);
    int runs = Integer.getInteger("stopp.runder", 20);
    List<String> report = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      String signal = random.nextBoolean() ? "INT" : "TERM";
      String generation = random.nextBoolean() ? "altinn3" : "altinn2";
      int step = 1 + random.nextInt(12);
      report.add(signal + " " + generation + " " + step);
      stopAndCheck(signal, generation, step);
    }
    System.out.println("Stopp (frø " + seed + "): " + report);
  }

  @Test
  void aBrowserThatGoesAwayStopsTheRunCleanly() throws Exception {
    Path folder = freshFolder("vindu");
    try (RobotProcess robot = start(folder, "altinn3")) {
      assertThat(robot.awaitLine("Steg 8 av 12:", 120)).as(robot.output()).isTrue();
      List<ProcessHandle> had = robot.handle().descendants().toList();
      // The browser itself, not its helpers: the one whose command line names the profile and
      // has no --type.
      had.stream()
          .filter(p -> Leftovers.commandLine(p).contains("--user-data-dir="))
          .filter(p -> !Leftovers.commandLine(p).contains("--type="))
          .forEach(ProcessHandle::destroy);

      int exit = robot.awaitExit(60);

      assertThat(exit).as(robot.output()).isEqualTo(5);
      assertThat(robot.output())
          .contains("Nettleservinduet ble lukket under Steg")
          .contains("kjør «kontroller»");
      assertClean(robot, had);
    }
  }

  private static void stopAndCheck(String signal, String generation, int step) throws Exception {
    Path folder = freshFolder(signal + "-" + generation + "-" + step);
    try (RobotProcess robot = start(folder, generation)) {
      String before = step == 1 ? "Forberedelse:" : "Steg " + (step - 1) + " av 12:";
      assertThat(robot.awaitLine(before, 120)).as(robot.output()).isTrue();
      List<ProcessHandle> had = robot.handle().descendants().toList();
      robot.signal(signal);

      int exit = robot.awaitExit(60);

      String output = robot.output();
      boolean finished = output.contains("avslutningskode 0");
      if (finished) {
        // The signal came after the last step: a finished run is a right answer too.
        assertThat(exit).as(output).isZero();
      } else {
        assertThat(exit).as(output).isEqualTo(5);
        assertThat(output)
            .containsPattern(
                "Roboten ble stoppet \\(Ctrl\\+C eller avslutningssignal\\) under"
                    + " (Forberedelse|Steg \\d+ av 12|Kontroll): ")
            .contains("For å gjøre ferdig: kjør «kontroller»")
            .containsPattern("Ingenting ble endret i Altinn\\.|Altinn ble endret: |i ferd med å");
      }
      assertClean(robot, had);
      System.out.printf(
          "SIG%s ved steg %d i %s: kode %d, %s%n",
          signal, step, generation, exit, robot.lines().get(robot.lines().size() - 1));
    }
    RobotProcess.deleteQuietly(folder);
  }

  private static void assertClean(RobotProcess robot, List<ProcessHandle> had) throws Exception {
    assertThat(had).as("nettleser og driver kjørte").isNotEmpty();
    assertThat(robot.lines())
        .as("ingen stakkspor")
        .noneMatch(line -> line.contains("Exception") || line.matches("\\s+at .*"))
        .noneMatch(line -> line.contains("SEVERE") || line.contains("WARNING"));
    assertThat(Leftovers.processes(had, robot.temporaryFolder())).as("prosesser igjen").isEmpty();
    assertThat(Leftovers.files(robot.temporaryFolder())).as("mapper igjen i tmp").isEmpty();
  }

  private static RobotProcess start(Path folder, String generation) throws Exception {
    return RobotProcess.start(
        folder,
        Map.of(),
        "utfør",
        "--generasjon",
        generation,
        "--rapportmappe",
        folder.resolve("rapporter").toString());
  }

  /**
   * A short path in the system's temporary folder: Chromium's singleton socket lives in TMPDIR, and
   * a socket's path may be at most 107 bytes long.
   */
  private static Path freshFolder(String name) throws Exception {
    return Files.createTempDirectory("stopp-" + name + "-");
  }
}
