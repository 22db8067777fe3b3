package no.dpifullmakt.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import no.dpifullmakt.ProcessTicks;
import no.dpifullmakt.benchmark.ProcessCpu.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcessCpuTest {

  /** About half a CPU-second of shell arithmetic. */
  private static final String BUSY = "i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done";

  /**
   * @param arguments as /proc gives them, separated by ";" here; the last two are helpers that have
   *     written their whole command line over their first argument
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/usr/bin/chromedriver;--port=4444 | DRIVER",
        "/usr/lib/chromium/chromium;--type=renderer | PAGES",
        "/usr/lib/chromium/chromium;--type=zygote | PAGES",
        "/usr/lib/chromium/chromium;--type=gpu-process | GPU",
        "/usr/lib/chromium/chromium;--type=utility;--utility-sub-type=x | HELPERS",
        "/usr/lib/chromium/chromium;--headless=new | MAIN",
        "/usr/lib/chromium/chromium --type=renderer --lang=nb-NO;; | PAGES",
        "/usr/lib/chromium/chromium --type=gpu-process | GPU"
      })
  void eachProcessOfABrowserCountsAsItsKind(String arguments, Kind kind) {
    assertThat(ProcessCpu.kindOf(List.of(arguments.split(";", -1)))).isEqualTo(kind);
  }

  @Test
  void aProcessThatEndsDuringTheRunIsCountedWithTheParentThatReapsIt() throws Exception {
    assumeTrue(ProcessTicks.available(), "bare på Linux");
    // The outer shell stands in for the driver; it waits for its busy child, then for a line.
    Process outer = new ProcessBuilder("sh", "-c", "sh -c '" + BUSY + "'; read line").start();
    try {
      ProcessHandle busy = ChildProcesses.firstChild(outer);
      ProcessCpu cpu = new ProcessCpu(Optional.of(busy));
      assertThat(cpu.available()).isTrue();

      ProcessCpu.Sample before = cpu.now();
      busy.onExit().get(60, TimeUnit.SECONDS);
      ProcessCpu.Use use = ProcessCpu.between(before, cpu.now());

      assertThat(use.total() - use.of(Kind.JAVA))
          .as("the busy child's CPU, read from the outer shell after the child ended")
          .isGreaterThan(0.05);
      assertThat(use.seconds()).containsOnlyKeys(Kind.values());
    } finally {
      outer.getOutputStream().close();
      outer.waitFor(10, TimeUnit.SECONDS);
      outer.destroyForcibly();
    }
  }

  @Test
  void withoutABrowserOnlyThisJvmIsCounted() {
    ProcessCpu cpu = new ProcessCpu(Optional.empty());

    assertThat(cpu.available()).isFalse();
    ProcessCpu.Use use = ProcessCpu.between(cpu.now(), cpu.now());
    assertThat(use.total()).isEqualTo(use.of(Kind.JAVA));
  }
}
