package no.dpifullmakt.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import no.dpifullmakt.ProcessTicks;
import no.dpifullmakt.benchmark.CpuTimeline.Point;
import no.dpifullmakt.benchmark.CpuTimeline.Timeline;
import org.junit.jupiter.api.Test;

class CpuTimelineTest {

  private static final long MS = 1_000_000;

  /** About half a CPU-second of shell arithmetic. */
  private static final String BUSY = "i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done";

  @Test
  void aStepBetweenTwoReadingsGetsAnEvenShareOfWhatWasUsedBetweenThem() {
    Timeline timeline =
        new Timeline(
            List.of(new Point(0, 0, 0), new Point(100 * MS, 10, 0), new Point(200 * MS, 30, 0)));

    // From 50 ms (5 ticks) to 150 ms (20 ticks).
    assertThat(timeline.seconds(50 * MS, Duration.ofMillis(100))).isCloseTo(0.15, within(1e-9));
  }

  @Test
  void whatTheReadingsThemselvesUsedIsNotTheRuns() {
    Timeline timeline = new Timeline(List.of(new Point(0, 0, 0), new Point(100 * MS, 10, 4)));

    assertThat(timeline.seconds(0, Duration.ofMillis(100))).isCloseTo(0.06, within(1e-9));
    assertThat(timeline.readingSeconds()).isCloseTo(0.04, within(1e-9));
  }

  @Test
  void stepsThatFollowEachOtherAddUpToTheWholeAndNothingIsCountedOutsideTheReadings() {
    Timeline timeline =
        new Timeline(
            List.of(
                new Point(10 * MS, 100, 1),
                new Point(35 * MS, 103, 1),
                new Point(60 * MS, 111, 2),
                new Point(85 * MS, 112, 2)));

    double steps = 0;
    long began = 0;
    for (long took : new long[] {22, 17, 30, 40}) {
      steps += timeline.seconds(began * MS, Duration.ofMillis(took));
      began += took;
    }

    assertThat(steps).isCloseTo((112 - 2 - (100 - 1)) / 100.0, within(1e-9));
    assertThat(timeline.seconds(0, Duration.ofMillis(10))).isZero();
    assertThat(timeline.seconds(85 * MS, Duration.ofMillis(50))).isZero();
  }

  @Test
  void aProcessTheBrowserStartsDuringTheRunCountsInTheStepWhereItWorked() throws Exception {
    assumeTrue(ProcessTicks.available(), "bare på Linux");
    // The shell stands in for the driver: it has a process under it from the start (the sleep,
    // standing in for the browser), and at a line starts another that works, says so, and then
    // waits without ending, as a new page's process does.
    Process driver =
        new ProcessBuilder(
                "sh", "-c", "sleep 60 & read a; sh -c '" + BUSY + "; echo ferdig; read c'")
            .start();
    try (OutputStream lines = driver.getOutputStream();
        BufferedReader said =
            new BufferedReader(
                new InputStreamReader(driver.getInputStream(), StandardCharsets.UTF_8))) {
      ProcessCpu cpu = new ProcessCpu(Optional.of(ChildProcesses.firstChild(driver)));
      assertThat(cpu.available()).isTrue();

      Timeline timeline;
      long idleBegan;
      long busyBegan;
      long afterBegan;
      long ended;
      try (CpuTimeline reading = CpuTimeline.start(cpu)) {
        idleBegan = CpuTimeline.epochNanos();
        driver.waitFor(300, TimeUnit.MILLISECONDS);
        busyBegan = CpuTimeline.epochNanos();
        lines.write("\n".getBytes(StandardCharsets.UTF_8));
        lines.flush();
        assertThat(said.readLine()).isEqualTo("ferdig");
        afterBegan = CpuTimeline.epochNanos();
        driver.waitFor(300, TimeUnit.MILLISECONDS);
        ended = CpuTimeline.epochNanos();
        timeline = reading.stop();
      }

      double idle = timeline.seconds(idleBegan, Duration.ofNanos(busyBegan - idleBegan));
      double busy = timeline.seconds(busyBegan, Duration.ofNanos(afterBegan - busyBegan));
      double after = timeline.seconds(afterBegan, Duration.ofNanos(ended - afterBegan));
      assertThat(busy).as("the working process's step").isGreaterThan(0.2);
      assertThat(idle).as("the step before it").isLessThan(busy / 4);
      assertThat(after).as("the step after it").isLessThan(busy / 4);
      assertThat(timeline.readingSeconds()).isGreaterThan(0);
    } finally {
      driver.descendants().forEach(ProcessHandle::destroyForcibly);
      driver.destroyForcibly();
    }
  }

  @Test
  void withoutABrowserNothingIsRead() {
    try (CpuTimeline reading = CpuTimeline.start(new ProcessCpu(Optional.empty()))) {
      Timeline timeline = reading.stop();

      assertThat(timeline.measured()).isFalse();
      assertThat(timeline.readingSeconds()).isZero();
    }
  }
}
