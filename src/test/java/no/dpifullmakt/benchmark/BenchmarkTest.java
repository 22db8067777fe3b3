package no.dpifullmakt.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import no.dpifullmakt.TestBrowser;
import no.dpifullmakt.TimedRuns;
import no.dpifullmakt.browser.BrowserPool;
import no.dpifullmakt.browser.BrowserSession;
import no.dpifullmakt.cli.Console;
import no.dpifullmakt.features.PracticePortalControl;
import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The performance benchmark: the robot's altinn2 and altinn3 flows against a floor of plain
 * Selenium code doing the same clicks, in turns, N rounds each, in one JVM with one browser for
 * each. Prints the medians per step and per flow, the ratio robot/floor, what screenshots cost and
 * the peak resident memory, and writes them to target/ytelse/resultat.md. Fails when the robot
 * needs more than the limit times the floor's time for a flow, or when its screenshots cost a flow
 * as many milliseconds as their limit or more.
 *
 * <p>Run with {@code ./mvnw -B -Pytelse verify} (system properties: ytelse.runder, default 10;
 * ytelse.runder.skjermbilder; ytelse.oppvarming, default 1; ytelse.grense, default 1.10;
 * ytelse.grense.skjermbilder, milliseconds per flow, default 500).
 */
@Tag("ytelse")
class BenchmarkTest {

  private static final Path OUT = Path.of("target", "ytelse");
  private static final Duration SAMPLE_EVERY = Duration.ofMillis(200);

  private PracticePortalControl control;
  private String portal;
  private PrintStream robotConsole;
  private ProcessCpu robotCpu;
  private ProcessCpu floorCpu;

  @Test
  void theRobotNeedsLittleMoreTimeThanPlainSelenium() throws IOException {
    int rounds = Integer.getInteger("ytelse.runder", 10);
    int warmups = Integer.getInteger("ytelse.oppvarming", 1);
    int screenshotRounds =
        Integer.getInteger("ytelse.runder.skjermbilder", Math.max(2, rounds / 3));
    double limit = Double.parseDouble(System.getProperty("ytelse.grense", "1.10"));
    double screenshotLimit =
        Double.parseDouble(System.getProperty("ytelse.grense.skjermbilder", "500"));
    String loadBefore = load();
    deleteRecursively(OUT);
    Files.createDirectories(OUT);

    List<FlowResults> results = new ArrayList<>();
    Map<String, ResidentMemory.Tree> browserPeaks = new LinkedHashMap<>();
    String browserDescription;
    try (PracticePortal running = PracticePortal.start(PortalOptions.forTests());
        BrowserSession robotBrowser = TestBrowser.startHeadless();
        BrowserSession floorBrowser = TestBrowser.startHeadless();
        PrintStream console =
            new PrintStream(
                Files.newOutputStream(OUT.resolve("robot-konsoll.txt")),
                true,
                StandardCharsets.UTF_8)) {
      portal = running.baseUrl().toString();
      control = new PracticePortalControl(running.baseUrl());
      robotConsole = console;
      browserDescription = robotBrowser.description();
      robotCpu = new ProcessCpu(ResidentMemory.chromiumOf(robotBrowser.driver()));
      floorCpu = new ProcessCpu(ResidentMemory.chromiumOf(floorBrowser.driver()));
      BrowserPool.lendToThisThread(robotBrowser);
      int startsBefore = BrowserPool.starts();
      try (PeakSampler memory = sampler(robotBrowser, floorBrowser)) {
        for (Flow flow : Flow.values()) {
          results.add(measure(flow, rounds, warmups, screenshotRounds, floorBrowser));
        }
        browserPeaks.putAll(memory.peaks());
      } finally {
        BrowserPool.takeBack(robotBrowser);
      }
      assertThat(BrowserPool.starts() - startsBefore)
          .as("nettlesere roboten startet selv (den skulle bruke den lånte)")
          .isZero();
    }

    ResultText.Setup setup =
        new ResultText.Setup(
            rounds,
            warmups,
            screenshotRounds,
            limit,
            screenshotLimit,
            browserDescription,
            jvmFlags(),
            robotCpu.available() && floorCpu.available(),
            "Last (loadavg 1/5/15 min) ved start: "
                + loadBefore
                + "; ved slutt: "
                + load()
                + "; "
                + Runtime.getRuntime().availableProcessors()
                + " kjerner.");
    String text =
        ResultText.render(
            setup, results, new ResultText.Memory(ResidentMemory.jvmPeakKib(), browserPeaks));
    Files.writeString(OUT.resolve("resultat.md"), text, StandardCharsets.UTF_8);
    System.out.println();
    System.out.println(text);

    for (FlowResults flow : results) {
      assertThat(flow.ratio())
          .as("robot/gulv for %s (se %s)", flow.flow().generation(), OUT.resolve("resultat.md"))
          .isLessThanOrEqualTo(limit);
      if (screenshotRounds == 0) {
        continue;
      }
      assertThat(flow.screenshotCost())
          .as(
              "hva skjermbildene koster %s, ms per flyt (se %s)",
              flow.flow().generation(), OUT.resolve("resultat.md"))
          .isLessThan(screenshotLimit);
    }
  }

  private FlowResults measure(
      Flow flow, int rounds, int warmups, int screenshotRounds, BrowserSession floorBrowser)
      throws IOException {
    FlowResults results = new FlowResults(flow);
    // The runs with screenshots are spread among the rounds, so a change in the machine's load
    // does not land on them alone.
    int screenshotEvery = Math.max(1, rounds / Math.max(1, screenshotRounds));
    int screenshotsDone = 0;
    for (int round = -warmups; round < rounds; round++) {
      String name = round < 0 ? "oppvarming-" + (warmups + round + 1) : "runde-" + (round + 1);
      // Every other round the floor goes first, so neither always gets the warmer browser.
      boolean floorFirst = Math.floorMod(round, 2) == 1;
      Timed floor = null;
      if (floorFirst) {
        floor = floor(flow, floorBrowser);
      }
      Timed robot = robot(flow, name, false);
      if (!floorFirst) {
        floor = floor(flow, floorBrowser);
      }
      if (robot.steps().size() != floor.floorSteps().size()) {
        throw new IllegalStateException(
            flow.generation()
                + ": roboten hadde "
                + robot.steps().size()
                + " steg, gulvet "
                + floor.floorSteps().size());
      }
      if (round >= 0) {
        results.robot(robot.steps(), robot.whole(), robot.cpu(), robot.stepCpu());
        results.floor(floor.floorSteps(), floor.whole(), floor.cpu(), floor.stepCpu());
      }
      progress(flow, name, robot, floor);
      if (round >= 0 && (round + 1) % screenshotEvery == 0 && screenshotsDone < screenshotRounds) {
        screenshots(flow, results, ++screenshotsDone);
      }
    }
    while (screenshotsDone < screenshotRounds) {
      screenshots(flow, results, ++screenshotsDone);
    }
    return results;
  }

  private void screenshots(Flow flow, FlowResults results, int number) throws IOException {
    String name = "skjermbilder-" + number;
    Timed robot = robot(flow, name, true);
    results.screenshots(
        robot.steps(),
        robot.whole(),
        robot.cpu(),
        RobotReport.heldUpByPictures(runFolder(flow, name)));
    progress(flow, name, robot, null);
  }

  /**
   * A run's steps (the robot's with labels, or the floor's), the whole run, its CPU and each step's
   * share of it.
   */
  private record Timed(
      List<RobotReport.StepTime> steps,
      List<Duration> floorSteps,
      Duration whole,
      ProcessCpu.Use cpu,
      List<Double> stepCpu) {
    Duration flow() {
      return steps.isEmpty()
          ? floorSteps.stream().reduce(Duration.ZERO, Duration::plus)
          : steps.stream().map(RobotReport.StepTime::took).reduce(Duration.ZERO, Duration::plus);
    }
  }

  /** One command-line run of the robot, as a person starts it, against the running portal. */
  private Timed robot(Flow flow, String name, boolean screenshots) throws IOException {
    control.reset();
    Path folder = runFolder(flow, name);
    Map<String, String> environment =
        Map.of("DPI_OVELSESPORTAL", portal, "DPI_SKJERMBILDER", screenshots ? "på" : "av");
    PrintStream original = System.out;
    Measured<Integer> run =
        measured(
            robotCpu,
            () -> {
              // The robot's console lines go to target/ytelse/robot-konsoll.txt, not between the
              // results.
              System.setOut(robotConsole);
              try {
                return TimedRuns.run(
                    new Console(environment::get, InputStream.nullInputStream(), robotConsole),
                    "utfør",
                    "--generasjon",
                    flow.generation(),
                    "--rapportmappe",
                    folder.toString());
              } finally {
                System.setOut(original);
              }
            });
    assertThat(run.result()).as("robotens avslutningskode, se %s", folder).isZero();
    assertThat(flow.timesGiven(control)).as("rettigheten etter robotens kjøring").isEqualTo(1);
    List<RobotReport.StepTime> steps = RobotReport.steps(folder);
    CpuTimeline.Timeline seen = run.timeline();
    List<Double> stepCpu =
        seen.measured()
            ? steps.stream().map(s -> seen.seconds(s.beganEpochNanos(), s.took())).toList()
            : List.of();
    return new Timed(steps, List.of(), run.whole(), run.cpu(), stepCpu);
  }

  private static Path runFolder(Flow flow, String name) {
    return OUT.resolve("kjoringer").resolve(flow.generation() + "-" + name);
  }

  private Timed floor(Flow flow, BrowserSession browser) {
    control.reset();
    Measured<List<Duration>> run = measured(floorCpu, () -> flow.floor(browser.driver(), portal));
    assertThat(flow.timesGiven(control)).as("rettigheten etter gulvets kjøring").isEqualTo(1);
    // The floor's steps follow each other from its start.
    List<Double> stepCpu = new ArrayList<>();
    long began = run.beganEpochNanos();
    for (Duration step : run.timeline().measured() ? run.result() : List.<Duration>of()) {
      stepCpu.add(run.timeline().seconds(began, step));
      began += step.toNanos();
    }
    return new Timed(List.of(), run.result(), run.whole(), run.cpu(), stepCpu);
  }

  /**
   * One run's result, when it began (nanoseconds since the epoch), how long it took, the CPU it
   * used (less what reading it cost) and its CPU over time.
   */
  private record Measured<T>(
      T result,
      long beganEpochNanos,
      Duration whole,
      ProcessCpu.Use cpu,
      CpuTimeline.Timeline timeline) {}

  /** Runs {@code run} while reading the CPU of this JVM and the browser {@code cpu} follows. */
  private static <T> Measured<T> measured(ProcessCpu cpu, Supplier<T> run) {
    try (CpuTimeline timeline = CpuTimeline.start(cpu)) {
      ProcessCpu.Sample before = cpu.now();
      long began = CpuTimeline.epochNanos();
      long start = System.nanoTime();
      T result = run.get();
      Duration whole = Duration.ofNanos(System.nanoTime() - start);
      ProcessCpu.Use used = ProcessCpu.between(before, cpu.now());
      CpuTimeline.Timeline seen = timeline.stop();
      return new Measured<>(result, began, whole, used.lessJava(seen.readingSeconds()), seen);
    }
  }

  /** The flags this JVM, which runs robot and floor, was started with. */
  private static String jvmFlags() {
    List<String> flags =
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(argument -> argument.startsWith("-XX:"))
            .toList();
    return flags.isEmpty() ? "standardvalgene" : String.join(" ", flags);
  }

  private static void progress(Flow flow, String name, Timed robot, Timed floor) {
    System.out.printf(
        Locale.ROOT,
        "Ytelse %s %s: robot %d ms (hel kjøring %d ms)%s%n",
        flow.generation(),
        name,
        robot.flow().toMillis(),
        robot.whole().toMillis(),
        floor == null ? "" : ", gulv " + floor.flow().toMillis() + " ms");
  }

  private static PeakSampler sampler(BrowserSession robot, BrowserSession floor) {
    Map<String, ProcessHandle> browsers = new LinkedHashMap<>();
    if (ResidentMemory.available()) {
      ResidentMemory.chromiumOf(robot.driver())
          .ifPresent(p -> browsers.put("Robotens nettleser", p));
      ResidentMemory.chromiumOf(floor.driver())
          .ifPresent(p -> browsers.put("Gulvets nettleser", p));
    }
    return new PeakSampler(browsers, SAMPLE_EVERY);
  }

  private static String load() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
      return parts[0] + " / " + parts[1] + " / " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "ukjent";
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
